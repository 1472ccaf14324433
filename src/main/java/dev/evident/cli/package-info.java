/** The picocli command line: one thin command class per verb over the app and domain layers. */
package dev.evident.cli;
