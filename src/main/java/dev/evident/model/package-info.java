/** The claim-file contract as immutable records and enums; depends on nothing but the JDK. */
package dev.evident.model;
