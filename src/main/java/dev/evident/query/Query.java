package dev.evident.query;

import dev.evident.model.Claim;
import dev.evident.model.Diagnostic;
import dev.evident.model.EvidentException;
import dev.evident.model.Names;
import dev.evident.model.Source;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * A parsed {@code --where} expression. Grammar:
 * <pre>
 *   expr       := and ("or" and)*
 *   and        := unary ("and" unary)*
 *   unary      := "not" unary | "(" expr ")" | comparison
 *   comparison := FIELD OP VALUE        OP := = != &lt; &lt;= &gt; &gt;= ~ !~
 *   VALUE      := word | 'single quoted' | "double quoted"
 * </pre>
 * Keywords are case-insensitive. {@code ~} is a case-insensitive regular expression search
 * (plain text is a substring search); {@code =} on text fields ignores case.
 */
public final class Query implements Predicate<Subject> {
  /** The fields a query may name, for help and completion. */
  public static final List<String> FIELDS = List.of("id", "tag", "status", "level", "source",
      "relation", "subject", "object", "text", "statement", "quote", "hedged", "negated",
      "direction", "design", "year", "section", "note", "link", "title", "author", "journal",
      "doi", "pmid", "pmcid", "type", "edited");

  private static final List<String> NUMERIC = List.of("level", "year");
  private static final List<String> BOOLEAN = List.of("hedged", "negated");

  private final String text;
  private final Predicate<Subject> predicate;

  private Query(String text, Predicate<Subject> predicate) {
    this.text = text;
    this.predicate = predicate;
  }

  /** The longest expression parsed; a longer one is a usage error, never a deep parse. */
  static final int MAX_LENGTH = 16_384;

  /** The deepest nesting of parentheses. */
  static final int MAX_DEPTH = 64;

  /** Matches every claim. */
  public static Query all() {
    return new Query("", s -> true);
  }

  /** Parses an expression; a syntax error is a USAGE exception pointing at the column. */
  public static Query parse(String expression) {
    if (expression == null || expression.isBlank()) {
      return all();
    }
    if (expression.length() > MAX_LENGTH) {
      throw EvidentException.usage("--where: error: the expression is " + expression.length()
          + " characters, over the " + MAX_LENGTH + " limit");
    }
    Parser p = new Parser(expression);
    Predicate<Subject> pred = p.expr();
    if (!p.atEnd()) {
      throw p.error(p.peek().column, "unexpected '" + p.peek().text + "'");
    }
    return new Query(expression, pred);
  }

  @Override
  public boolean test(Subject s) {
    return predicate.test(s);
  }

  public boolean test(Claim c, Source s) {
    return predicate.test(new Subject(c, s));
  }

  public String text() {
    return text;
  }

  // ------------------------------------------------------------------ lexer and parser

  private record Token(Kind kind, String text, int column) {}

  private enum Kind { WORD, STRING, OP, LPAREN, RPAREN, END }

  private static final class Parser {
    private final String src;
    private final List<Token> tokens = new ArrayList<>();
    private int pos;

    Parser(String src) {
      this.src = src;
      lex();
    }

    EvidentException error(int column, String message) {
      Diagnostic d = Diagnostic.error("--where", 1, column, message).withContext(src);
      return new EvidentException(EvidentException.Kind.USAGE, d.format(), List.of(d), null);
    }

    private void lex() {
      int i = 0;
      int n = src.length();
      while (i < n) {
        char c = src.charAt(i);
        if (Character.isWhitespace(c)) {
          i++;
        } else if (c == '(') {
          tokens.add(new Token(Kind.LPAREN, "(", i + 1));
          i++;
        } else if (c == ')') {
          tokens.add(new Token(Kind.RPAREN, ")", i + 1));
          i++;
        } else if (c == '\'' || c == '"') {
          int start = i;
          StringBuilder sb = new StringBuilder();
          i++;
          while (i < n && src.charAt(i) != c) {
            if (src.charAt(i) == '\\' && i + 1 < n) {
              i++;
            }
            sb.append(src.charAt(i));
            i++;
          }
          if (i >= n) {
            throw error(start + 1, "unterminated quoted value");
          }
          i++;
          tokens.add(new Token(Kind.STRING, sb.toString(), start + 1));
        } else if ("=!<>~".indexOf(c) >= 0) {
          int start = i;
          String two = i + 1 < n ? src.substring(i, i + 2) : "";
          String op;
          if (two.equals("!=") || two.equals("<=") || two.equals(">=") || two.equals("!~")) {
            op = two;
          } else if (c == '!') {
            throw error(start + 1, "'!' must be followed by '=' or '~' (use 'not' to negate)");
          } else {
            op = String.valueOf(c);
          }
          i += op.length();
          tokens.add(new Token(Kind.OP, op, start + 1));
        } else {
          int start = i;
          while (i < n && !Character.isWhitespace(src.charAt(i))
              && "()=!<>~'\"".indexOf(src.charAt(i)) < 0) {
            i++;
          }
          tokens.add(new Token(Kind.WORD, src.substring(start, i), start + 1));
        }
      }
      tokens.add(new Token(Kind.END, "end of expression", n + 1));
    }

    Token peek() {
      return tokens.get(pos);
    }

    boolean atEnd() {
      return peek().kind == Kind.END;
    }

    private boolean keyword(String k) {
      Token t = peek();
      return t.kind == Kind.WORD && t.text.equalsIgnoreCase(k);
    }

    private int depth;

    // A chain of terms is a list tested in a loop, never a predicate nested per term: a
    // 9,000-term "or" must not need 9,000 stack frames to parse or to test.
    Predicate<Subject> expr() {
      List<Predicate<Subject>> terms = new ArrayList<>();
      terms.add(and());
      while (keyword("or")) {
        pos++;
        terms.add(and());
      }
      if (terms.size() == 1) {
        return terms.get(0);
      }
      return s -> {
        for (Predicate<Subject> t : terms) {
          if (t.test(s)) {
            return true;
          }
        }
        return false;
      };
    }

    private Predicate<Subject> and() {
      List<Predicate<Subject>> terms = new ArrayList<>();
      terms.add(unary());
      while (keyword("and")) {
        pos++;
        terms.add(unary());
      }
      if (terms.size() == 1) {
        return terms.get(0);
      }
      return s -> {
        for (Predicate<Subject> t : terms) {
          if (!t.test(s)) {
            return false;
          }
        }
        return true;
      };
    }

    private Predicate<Subject> unary() {
      boolean negate = false;
      while (keyword("not")) {
        pos++;
        negate = !negate; // "not not x" is x, counted without recursion
      }
      Predicate<Subject> p = primary();
      return negate ? p.negate() : p;
    }

    private Predicate<Subject> primary() {
      Token t = peek();
      if (t.kind == Kind.LPAREN) {
        if (++depth > MAX_DEPTH) {
          throw error(t.column, "parentheses nested deeper than " + MAX_DEPTH);
        }
        pos++;
        Predicate<Subject> inner = expr();
        depth--;
        if (peek().kind != Kind.RPAREN) {
          throw error(peek().column, "expected ')' to close the '(' at column " + t.column);
        }
        pos++;
        return inner;
      }
      return comparison();
    }

    private Predicate<Subject> comparison() {
      Token f = peek();
      if (f.kind != Kind.WORD) {
        throw error(f.column, "expected a field name, found '" + f.text + "'");
      }
      String field = f.text.toLowerCase(Locale.ROOT);
      if (!FIELDS.contains(field)) {
        throw error(f.column, "unknown field '" + f.text + "'; fields are: "
            + String.join(", ", FIELDS));
      }
      pos++;
      Token op = peek();
      if (op.kind != Kind.OP) {
        throw error(op.column, "expected an operator (= != < <= > >= ~ !~) after '" + f.text
            + "', found '" + op.text + "'");
      }
      pos++;
      Token v = peek();
      if (v.kind != Kind.WORD && v.kind != Kind.STRING) {
        throw error(v.column, "expected a value after '" + op.text + "', found '" + v.text + "'");
      }
      pos++;
      return compile(field, op, v);
    }

    private Predicate<Subject> compile(String field, Token op, Token v) {
      String o = op.text;
      String value = v.text;
      if (NUMERIC.contains(field)) {
        if (o.equals("~") || o.equals("!~")) {
          throw error(op.column, "'" + field + "' is a number; use = != < <= > >=");
        }
        int number;
        try {
          number = Integer.parseInt(value);
        } catch (NumberFormatException e) {
          throw error(v.column, "'" + field + "' needs a whole number, not '" + value + "'");
        }
        return s -> {
          Integer actual = field.equals("level") ? (s.claim() == null ? null : Integer.valueOf(
              s.claim().evidence().effectiveLevel()))
              : (s.source() == null ? null : s.source().year());
          return actual != null && compareInts(o, actual, number);
        };
      }
      if (o.startsWith("<") || o.startsWith(">")) {
        throw error(op.column, "'" + o + "' compares numbers; '" + field + "' is text");
      }
      if (BOOLEAN.contains(field)) {
        if (!value.equalsIgnoreCase("true") && !value.equalsIgnoreCase("false")) {
          throw error(v.column, "'" + field + "' is true or false, not '" + value + "'");
        }
        boolean want = Boolean.parseBoolean(value.toLowerCase(Locale.ROOT));
        Predicate<Subject> p = s -> s.claim() != null && (field.equals("hedged")
            ? s.claim().mechanism().hedged() : s.claim().mechanism().negated()) == want;
        return o.startsWith("!") ? p.negate() : p;
      }
      Predicate<String> match;
      if (o.equals("~") || o.equals("!~")) {
        Pattern pattern;
        try {
          pattern = Pattern.compile(value, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        } catch (PatternSyntaxException e) {
          pattern = Pattern.compile(Pattern.quote(value),
              Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        }
        Pattern pat = pattern;
        match = s -> s != null && pat.matcher(s).find();
      } else {
        String want = value.toLowerCase(Locale.ROOT);
        match = s -> s != null && s.toLowerCase(Locale.ROOT).equals(want);
      }
      Predicate<Subject> any = s -> values(field, s).stream().anyMatch(match);
      return o.startsWith("!") ? any.negate() : any;
    }
  }

  private static boolean compareInts(String op, int a, int b) {
    return switch (op) {
      case "=" -> a == b;
      case "!=" -> a != b;
      case "<" -> a < b;
      case "<=" -> a <= b;
      case ">" -> a > b;
      default -> a >= b;
    };
  }

  /** The text values a field has on a claim (several for tags, links and text). */
  static List<String> values(String field, Subject s) {
    Claim c = s.claim();
    Source src = s.source();
    switch (field) {
      case "title" -> {
        return src == null || src.title() == null ? List.of() : List.of(src.title());
      }
      case "author" -> {
        return src == null ? List.of() : src.authors();
      }
      case "journal" -> {
        return src == null || src.journal() == null ? List.of() : List.of(src.journal());
      }
      case "doi" -> {
        return src == null || src.doi() == null ? List.of() : List.of(src.doi());
      }
      case "pmid" -> {
        return src == null || src.pmid() == null ? List.of() : List.of(src.pmid());
      }
      case "pmcid" -> {
        return src == null || src.pmcid() == null ? List.of() : List.of(src.pmcid());
      }
      case "type" -> {
        return src == null || src.publicationType() == null ? List.of()
            : List.of(src.publicationType().wire());
      }
      case "edited" -> {
        return src == null ? List.of()
            : src.edited().stream().map(e -> e.field()).toList();
      }
      default -> {
      }
    }
    if (c == null) {
      // a source on its own (evident source list): its id is "id" and "source"
      return src != null && (field.equals("id") || field.equals("source"))
          ? List.of(src.id()) : List.of();
    }
    return switch (field) {
      case "id" -> List.of(c.id());
      case "tag" -> c.tags();
      case "status" -> List.of(c.status().wire());
      case "source" -> List.of(c.source());
      case "relation" -> List.of(c.mechanism().relation().wire());
      case "subject" -> List.of(c.mechanism().subject());
      case "object" -> List.of(c.mechanism().object());
      case "text" -> List.of(c.statement(), c.quote());
      case "statement" -> List.of(c.statement());
      case "quote" -> List.of(c.quote());
      case "direction" -> List.of(c.mechanism().direction().wire());
      case "design" -> List.of(c.evidence().design().wire());
      case "section" -> c.locator().section() == null ? List.of() : List.of(c.locator().section());
      case "note" -> List.of(c.note());
      case "link" -> c.links().stream().map(l -> Names.wire(l.relation())).toList();
      default -> List.of();
    };
  }
}
