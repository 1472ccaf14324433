/** The one small query language behind every {@code --where}: parser and evaluation. */
package dev.evident.query;
