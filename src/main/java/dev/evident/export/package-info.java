/**
 * Renderers that turn a claim set into documents for people outside the repository: CSV for
 * spreadsheets and scripts, GitHub-flavoured Markdown review tables; the only package that may
 * import Commons CSV.
 */
package dev.evident.export;
