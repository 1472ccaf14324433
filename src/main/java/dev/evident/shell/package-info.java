/** The interactive front ends: the review screen and the REPL, on JLine terminals. */
package dev.evident.shell;
