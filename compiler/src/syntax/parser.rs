//! The parser: tokens → `ast::File`, written with chumsky combinators.
//!
//! Each grammar rule is one combinator, named after the rule in the Go spec
//! and shown above it in EBNF. The rules are mutually recursive (a block holds
//! statements, a statement holds expressions, a function literal holds a
//! block), so the recursive ones are declared first with
//! `Recursive::declare` and defined afterwards.
//!
//! Go's one famous ambiguity is the composite literal in a statement header:
//! in `if x == T {` the `{` opens the block, not a literal. As in gc, the
//! header of `if`, `for` and `switch` uses an expression parser that does not
//! accept `T{...}` at its top level (`expr_nolit`); inside parentheses,
//! brackets and calls the full parser is back in charge.
//!
//! Architecture invariant: parsing never fails. On an error the parser
//! recovers (skipping to the next statement or declaration) and leaves `Bad`
//! nodes, so the caller always gets a `File` plus diagnostics. Syntax errors
//! are phrased as gc phrases them: `syntax error: unexpected newline,
//! expected comma or )`.
//!
//! Go: src/cmd/compile/internal/syntax/parser.go (a hand-written recursive
//! descent parser; gocc uses combinators because the design card asks for
//! chumsky, and a grammar written as combinators reads like the spec).

use super::ast::*;
use super::token::Token;
use crate::diag::Diagnostics;
use crate::source::{SourceMap, Span};
use chumsky::error::{RichPattern, RichReason};
use chumsky::input::MappedInput;
use chumsky::prelude::*;

type Tok = (Token, SimpleSpan);
type In<'t> = MappedInput<'t, Token, SimpleSpan, &'t [Tok]>;
type Ex<'t> = extra::Err<Rich<'t, Token, SimpleSpan>>;

fn sp(s: SimpleSpan) -> Span {
    Span::new(s.start as u32, s.end as u32)
}

/// Parses one file's tokens. `directives` are the `//go:` comments with
/// their lines (from the lexer); `line_of` maps an offset to its line.
pub fn parse_file(
    tokens: &[(Token, Span)],
    directives: &[(u32, String)],
    sources: &SourceMap,
    eof: u32,
    diags: &mut Diagnostics,
) -> File {
    let toks: Vec<Tok> =
        tokens.iter().map(|(t, s)| (t.clone(), SimpleSpan::from(s.lo as usize..s.hi as usize))).collect();
    let eoi = SimpleSpan::from(eof as usize..eof as usize);
    let (file, errors) = file_parser().parse(toks.as_slice().split_token_span(eoi)).into_output_errors();
    let mut file = file.unwrap_or_default();
    report_syntax_errors(errors, tokens, sources, diags);
    attach_directives(&mut file, directives, sources);
    file
}

/// Gives each function the `//go:` directives written directly above it.
fn attach_directives(file: &mut File, directives: &[(u32, String)], sources: &SourceMap) {
    let mut starts: Vec<(u32, usize)> = Vec::new();
    for (i, d) in file.decls.iter().enumerate() {
        let span = match d {
            Decl::Func(f) => f.span,
            Decl::Gen(g) => g.span,
            Decl::Bad(s) => *s,
        };
        starts.push((sources.line(span.lo), i));
    }
    for (line, text) in directives {
        // The first declaration starting after the directive.
        if let Some(&(_, i)) = starts.iter().find(|(l, _)| l > line) {
            if let Decl::Func(f) = &mut file.decls[i] {
                f.pragmas.push(text.clone());
            }
        }
    }
}

/// How gc names the token a syntax error is about.
fn describe_found(found: Option<&Token>, span: SimpleSpan, sources: &SourceMap) -> String {
    match found {
        None => "EOF".into(),
        Some(Token::Semi) => {
            let text = sources.snippet(Span::new(span.start as u32, span.end as u32));
            match text {
                ";" => "semicolon".into(),
                "" => "EOF".into(),
                _ => "newline".into(),
            }
        }
        Some(t) => t.to_string(),
    }
}

fn describe_expected(p: &RichPattern<'_, Token>) -> Option<String> {
    match p {
        RichPattern::Token(t) => Some(match &**t {
            Token::Semi => "semicolon or newline".into(),
            Token::Comma => "comma".into(),
            Token::Ident(_) => "name".into(),
            t => t.text().to_string(),
        }),
        RichPattern::Label(l) => Some(l.to_string()),
        RichPattern::EndOfInput => Some("EOF".into()),
        _ => None,
    }
}

/// Turns chumsky's errors into gc's syntax errors, one per line (gc's
/// parser, too, reports at most one syntax error per line).
fn report_syntax_errors(
    errors: Vec<Rich<'_, Token, SimpleSpan>>,
    tokens: &[(Token, Span)],
    sources: &SourceMap,
    diags: &mut Diagnostics,
) {
    let mut lines_seen = std::collections::HashSet::new();
    let eof = errors.iter().map(|e| e.span().end).max().unwrap_or(0);
    let mut errors = errors;
    errors.sort_by_key(|e| e.span().start);
    // gc's p.first: the scanner's errors count too.
    let file = sources.file_of(eof as u32);
    let scanner_errors = diags.list.iter().any(|d| sources.file_of(d.span.lo) == file);
    let any_before_eof =
        scanner_errors || errors.iter().any(|e| e.span().start < eof && !sources.snippet(sp(*e.span())).is_empty());
    for e in errors {
        let mut span = *e.span();
        // A custom error placed after a construct (an empty span) is about
        // the token that follows it, as gc reports it: `var x` then a
        // newline is "unexpected newline" at the newline.
        if span.start == span.end {
            if let Some((_, next)) = tokens.iter().find(|(_, t)| t.lo as usize >= span.start) {
                span = SimpleSpan::from(next.lo as usize..next.hi as usize);
            }
        }
        let at = Span::new(span.start as u32, span.end.max(span.start) as u32);
        // As gc: no "unexpected EOF" follow-up after a real error.
        if any_before_eof && sources.snippet(at).is_empty() && at.lo as usize >= eof {
            continue;
        }
        if !lines_seen.insert(sources.line(at.lo)) {
            continue;
        }
        let message = match e.reason() {
            // `{found}` in a custom message is the token at the error.
            RichReason::Custom(msg) => {
                let token = tokens.iter().find(|(_, t)| t.lo == at.lo).map(|(t, _)| t);
                let found = match token {
                    Some(t) => describe_found(Some(t), span, sources),
                    None => describe_text(sources.snippet(at)),
                };
                format!("syntax error: {}", msg.replace("{found}", &found))
            }
            RichReason::ExpectedFound { expected, found } => {
                let found_text = describe_found(found.as_deref(), span, sources);
                let mut wanted: Vec<String> = expected.iter().filter_map(describe_expected).collect();
                wanted.sort();
                wanted.dedup();
                phrase_syntax_error(&found_text, found.as_deref(), &wanted)
            }
        };
        diags.error(at, message);
    }
}

/// How gc names the token whose text is `text` (for custom messages).
fn describe_text(text: &str) -> String {
    match text {
        ";" => "semicolon".into(),
        "" => "EOF".into(),
        t if t.starts_with('\n') => "newline".into(),
        t => {
            let mut d = Diagnostics::default();
            match super::lexer::lex(t, 0, &mut d).tokens.first() {
                Some((tok, _)) => tok.to_string(),
                None => t.to_string(),
            }
        }
    }
}

/// Tokens that could have continued the expression or statement before the
/// error. chumsky lists them among the expected tokens; gc never mentions
/// them, so neither do we (unless nothing else is left).
const CONTINUATIONS: &[&str] = &[
    "+",
    "-",
    "*",
    "/",
    "%",
    "&",
    "|",
    "^",
    "<<",
    ">>",
    "&^",
    "&&",
    "||",
    "==",
    "!=",
    "<",
    "<=",
    ">",
    ">=",
    "(",
    "[",
    "{",
    ".",
    "...",
    "name or (",
    "++",
    "--",
    "<-",
    "=",
    ":=",
    "+=",
    "-=",
    "*=",
    "/=",
    "%=",
    "&=",
    "|=",
    "^=",
    "<<=",
    ">>=",
    "&^=",
    "comma, : or ]",
];

/// Chooses gc's phrasing for "found X where one of `wanted` was expected".
/// Labels that start with "in ", "at " or "after " are gc's context phrases
/// (`unexpected newline in argument list; possibly missing comma or )`).
fn phrase_syntax_error(found: &str, found_tok: Option<&Token>, wanted: &[String]) -> String {
    let mut wanted: Vec<&str> = wanted.iter().map(|s| s.as_str()).collect();
    let trimmed: Vec<&str> = wanted.iter().copied().filter(|w| !CONTINUATIONS.contains(w)).collect();
    if !trimmed.is_empty() {
        wanted = trimmed;
    }
    let has = |w: &str| wanted.contains(&w);
    if has("declaration") && found_tok == Some(&Token::Import) {
        return "syntax error: imports must appear before other declarations".into();
    }
    if has("declaration") && !matches!(found_tok, Some(Token::Semi) | None) {
        return "syntax error: non-declaration statement outside function body".into();
    }
    if has("package clause") {
        return "syntax error: package statement must be first".into();
    }
    // gc's list parser says "in X; possibly missing SEP or CLOSE" after an
    // element that is followed by neither; a separator found where an
    // element belongs is an element missing ("expected expression").
    let missing_element = |w: &str| w.contains(&format!("possibly missing {found} or"));
    if let Some(context) = wanted
        .iter()
        .find(|w| (w.starts_with("in ") || w.starts_with("at ") || w.starts_with("after ")) && !missing_element(w))
    {
        return format!("syntax error: unexpected {found} {context}");
    }
    if has("end of statement") {
        return format!("syntax error: unexpected {found} at end of statement");
    }
    // `case` or `default` outside a switch ends a statement list: the
    // block's `}` was due.
    if has("}") && matches!(found_tok, Some(Token::Case | Token::Default)) {
        return format!("syntax error: unexpected {found}, expected }}");
    }
    if has("statement") && found_tok == Some(&Token::Else) {
        return "syntax error: unexpected keyword else, expected }".into();
    }
    if has("if statement or block") {
        return "syntax error: else must be followed by if or statement block".into();
    }
    // `a[]`: gc's index parser complains of a missing operand.
    if has("expression") && found_tok == Some(&Token::RBrack) {
        return format!("syntax error: unexpected {found}, expected operand");
    }
    // Labels that say what was being parsed win over single tokens.
    for p in ["expression", "type", "name", "{ after if clause", "{ after for clause", "{ after switch clause"] {
        if has(p) {
            return format!("syntax error: unexpected {found}, expected {p}");
        }
    }
    match wanted.len() {
        0 => format!("syntax error: unexpected {found}"),
        1 => format!("syntax error: unexpected {found}, expected {}", wanted[0]),
        2 => format!("syntax error: unexpected {found}, expected {} or {}", wanted[0], wanted[1]),
        _ => {
            let (last, rest) = wanted.split_last().unwrap();
            format!("syntax error: unexpected {found}, expected {}, or {last}", rest.join(", "))
        }
    }
}

fn ident<'t>() -> impl Parser<'t, In<'t>, Ident, Ex<'t>> + Clone {
    select! { Token::Ident(name) = e => Ident { name, span: sp(e.span()) } }.labelled("name")
}

fn semi<'t>() -> impl Parser<'t, In<'t>, (), Ex<'t>> + Clone {
    just(Token::Semi).ignored()
}

/// Skips a balanced `( )`, `[ ]` or `{ }` group (for recovery).
fn skip_group<'t>(open: Token, close: Token) -> impl Parser<'t, In<'t>, (), Ex<'t>> + Clone {
    nested_delimiters(
        open,
        close,
        [(Token::LParen, Token::RParen), (Token::LBrack, Token::RBrack), (Token::LBrace, Token::RBrace)],
        |_| (),
    )
}

fn binary(op: BinaryOp, x: Expr, y: Expr) -> Expr {
    let span = x.span.to(y.span);
    Expr { kind: ExprKind::Binary { op, x: Box::new(x), y: Box::new(y) }, span }
}

/// Groups a parameter list as Go does: in `(a, b int, c string)` the names
/// `a` and `b` share `int`. Entries are `(name, type)` or a bare type; if any
/// entry has a name, every bare entry must be a name waiting for a type.
/// `close` is the span of the closing parenthesis (where gc reports a missing type).
fn group_params(entries: Vec<(Option<Ident>, Expr, bool, Span)>, close: Span) -> Result<Vec<Field>, (Span, String)> {
    let any_named = entries.iter().any(|(n, ..)| n.is_some());
    if !any_named {
        return Ok(entries
            .into_iter()
            .map(|(_, typ, variadic, span)| Field { names: vec![], typ, variadic, tag: None, span })
            .collect());
    }
    let mut fields = Vec::new();
    let mut pending: Vec<Ident> = Vec::new();
    for (name, typ, variadic, span) in entries {
        match name {
            Some(n) => {
                pending.push(n);
                let first = pending[0].span;
                fields.push(Field {
                    names: std::mem::take(&mut pending),
                    typ,
                    variadic,
                    tag: None,
                    span: first.to(span),
                });
            }
            None => match typ.kind {
                ExprKind::Name(name) => pending.push(Ident { name, span: typ.span }),
                _ => return Err((typ.span, "missing parameter name".into())),
            },
        }
    }
    // Names left without a type at the end: `(a int, b)`.
    if !pending.is_empty() {
        return Err((close, "missing parameter type".into()));
    }
    Ok(fields)
}

/// Whether `e` can be the type of a composite literal (`T{...}`).
fn complit_type_ok(e: &Expr) -> bool {
    match &e.kind {
        ExprKind::Name(_) | ExprKind::ArrayType { .. } | ExprKind::MapType { .. } | ExprKind::StructType(_) => true,
        ExprKind::Selector { x, .. } => matches!(x.kind, ExprKind::Name(_)),
        ExprKind::Index { x, .. } => complit_type_ok(x),
        _ => false,
    }
}

#[derive(Clone)]
enum Postfix {
    Selector(Ident),
    TypeAssert(Option<Expr>),
    Index(Vec<Expr>),
    Slice(Option<Expr>, Option<Expr>, Option<Expr>),
    Call(Vec<Expr>, bool, Span, Span),
    CompositeLit(Vec<KeyedElement>, Span),
}

fn file_parser<'t>() -> impl Parser<'t, In<'t>, File, Ex<'t>> {
    let mut expr = Recursive::<chumsky::recursive::Indirect<'t, 't, In<'t>, Expr, Ex<'t>>>::declare();
    let mut expr_nolit = Recursive::<chumsky::recursive::Indirect<'t, 't, In<'t>, Expr, Ex<'t>>>::declare();
    let mut typ = Recursive::<chumsky::recursive::Indirect<'t, 't, In<'t>, Expr, Ex<'t>>>::declare();
    let mut block = Recursive::<chumsky::recursive::Indirect<'t, 't, In<'t>, Block, Ex<'t>>>::declare();
    let mut stmt = Recursive::<chumsky::recursive::Indirect<'t, 't, In<'t>, Stmt, Ex<'t>>>::declare();

    let expr_list = expr.clone().separated_by(just(Token::Comma)).at_least(1).collect::<Vec<_>>().boxed();
    let ident_list = ident().separated_by(just(Token::Comma)).at_least(1).collect::<Vec<_>>().boxed();

    // ---- Types --------------------------------------------------------------

    // ParameterDecl = [ IdentifierList ] [ "..." ] Type .
    let param_entry = ident()
        .then(just(Token::Ellipsis).or_not())
        .then(typ.clone())
        .map_with(|((name, dots), t), e| (Some(name), t, dots.is_some(), sp(e.span())))
        .or(just(Token::Ellipsis)
            .or_not()
            .then(typ.clone())
            .map_with(|(dots, t), e| (None, t, dots.is_some(), sp(e.span()))));
    // Parameters = "(" [ ParameterList [ "," ] ] ")" .
    let params = param_entry
        .separated_by(just(Token::Comma))
        .allow_trailing()
        .collect::<Vec<_>>()
        .delimited_by(
            just(Token::LParen),
            just(Token::RParen).labelled("in parameter list; possibly missing comma or )"),
        )
        .validate(|entries, e, emitter| {
            match group_params(entries, Span::new(e.span().end as u32 - 1, e.span().end as u32)) {
                Ok(fields) => fields,
                Err((span, msg)) => {
                    emitter.emit(Rich::custom(SimpleSpan::from(span.lo as usize..span.hi as usize), msg));
                    Vec::new()
                }
            }
        })
        // As gc's list(): after an error, skip to the first ), ] or } (taking
        // only a ")"), and go on as if the list were empty.
        .recover_with(via_parser(
            just(Token::LParen)
                .ignore_then(none_of([Token::RParen, Token::RBrack, Token::RBrace]).repeated())
                .then(just(Token::RParen).or_not())
                .to(Vec::new()),
        ))
        .boxed();
    // Signature = Parameters [ Result ] .   Result = Parameters | Type .
    let signature = params
        .clone()
        .then(
            params
                .clone()
                .or(typ.clone().map_with(|t, e| {
                    vec![Field { names: vec![], typ: t, variadic: false, tag: None, span: sp(e.span()) }]
                }))
                .or_not(),
        )
        .map_with(|(params, results), e| FuncType { params, results: results.unwrap_or_default(), span: sp(e.span()) })
        .boxed();

    let type_name = ident().then(just(Token::Period).ignore_then(ident()).or_not()).map_with(|(first, sel), e| {
        let x = Expr { kind: ExprKind::Name(first.name), span: first.span };
        match sel {
            None => x,
            Some(sel) => Expr { kind: ExprKind::Selector { x: Box::new(x), sel }, span: sp(e.span()) },
        }
    });
    // ArrayType = "[" ArrayLength "]" ElementType .  SliceType = "[" "]" ElementType .
    let array_type = just(Token::LBrack)
        .ignore_then(
            just(Token::Ellipsis)
                .map_with(|_, e| Expr { kind: ExprKind::Ellipsis, span: sp(e.span()) })
                .or(expr.clone())
                .or_not(),
        )
        .then_ignore(just(Token::RBrack))
        .then(typ.clone())
        .map_with(|(len, elem), e| Expr {
            kind: ExprKind::ArrayType { len: len.map(Box::new), elem: Box::new(elem) },
            span: sp(e.span()),
        })
        .boxed();
    // MapType = "map" "[" KeyType "]" ElementType .
    let map_type = just(Token::Map)
        .ignore_then(typ.clone().delimited_by(just(Token::LBrack), just(Token::RBrack)))
        .then(typ.clone())
        .map_with(|(k, v), e| Expr {
            kind: ExprKind::MapType { key: Box::new(k), value: Box::new(v) },
            span: sp(e.span()),
        })
        .boxed();
    // ChannelType = ( "chan" | "chan" "<-" | "<-" "chan" ) ElementType .
    let chan_type = just(Token::Chan)
        .ignore_then(just(Token::Arrow).or_not())
        .then(typ.clone())
        .map_with(|(arrow, elem), e| Expr {
            kind: ExprKind::ChanType {
                dir: if arrow.is_some() { ChanDir::Send } else { ChanDir::Both },
                elem: Box::new(elem),
            },
            span: sp(e.span()),
        })
        .or(just(Token::Arrow).ignore_then(just(Token::Chan)).ignore_then(typ.clone()).map_with(|elem, e| Expr {
            kind: ExprKind::ChanType { dir: ChanDir::Recv, elem: Box::new(elem) },
            span: sp(e.span()),
        }))
        .boxed();
    let tag = select! { Token::Str(s) => s };
    // FieldDecl = (IdentifierList Type | EmbeddedField) [ Tag ] .
    let field_decl = ident_list
        .clone()
        .then(typ.clone())
        .map(|(names, t)| (names, t))
        .or(just(Token::Mul).or_not().then(type_name.clone()).map_with(|(star, t), e| {
            let t = if star.is_some() { Expr { kind: ExprKind::Star(Box::new(t)), span: sp(e.span()) } } else { t };
            (Vec::new(), t)
        }))
        .then(tag.or_not())
        .map_with(|((names, typ), tag), e| Field { names, typ, variadic: false, tag, span: sp(e.span()) });
    // StructType = "struct" "{" { FieldDecl ";" } "}" .
    let struct_type = just(Token::Struct)
        .ignore_then(field_decl.separated_by(semi()).allow_trailing().collect::<Vec<_>>().delimited_by(
            just(Token::LBrace),
            just(Token::RBrace).labelled("in struct type; possibly missing semicolon or newline or }"),
        ))
        .map_with(|fields, e| Expr { kind: ExprKind::StructType(fields), span: sp(e.span()) })
        .boxed();
    // InterfaceType = "interface" "{" { ( MethodSpec | TypeElem ) ";" } "}" .
    let method_spec = ident()
        .then(signature.clone())
        .map_with(|(name, sig), e| {
            let span = sp(e.span());
            Field {
                names: vec![name],
                typ: Expr { kind: ExprKind::FuncType(sig), span },
                variadic: false,
                tag: None,
                span,
            }
        })
        .or(type_name.clone().map_with(|t, e| Field {
            names: vec![],
            typ: t,
            variadic: false,
            tag: None,
            span: sp(e.span()),
        }));
    let interface_type = just(Token::Interface)
        .ignore_then(
            method_spec
                .separated_by(semi())
                .allow_trailing()
                .collect::<Vec<_>>()
                .delimited_by(just(Token::LBrace), just(Token::RBrace)),
        )
        .map_with(|fields, e| Expr { kind: ExprKind::InterfaceType(fields), span: sp(e.span()) })
        .boxed();
    let func_type = just(Token::Func)
        .ignore_then(signature.clone())
        .map_with(|sig, e| Expr { kind: ExprKind::FuncType(sig), span: sp(e.span()) });
    let pointer_type = just(Token::Mul)
        .ignore_then(typ.clone())
        .map_with(|t, e| Expr { kind: ExprKind::Star(Box::new(t)), span: sp(e.span()) });
    let paren_type = typ
        .clone()
        .delimited_by(just(Token::LParen), just(Token::RParen))
        .map_with(|t, e| Expr { kind: ExprKind::Paren(Box::new(t)), span: sp(e.span()) });
    typ.define(
        choice((
            type_name.clone(),
            array_type.clone(),
            map_type.clone(),
            chan_type.clone(),
            struct_type.clone(),
            interface_type.clone(),
            func_type,
            pointer_type,
            paren_type,
        ))
        .labelled("type")
        .boxed(),
    );

    // ---- Expressions --------------------------------------------------------

    let literal = select! {
        Token::Int(text) => (LitKind::Int, text),
        Token::Float(text) => (LitKind::Float, text),
        Token::Imag(text) => (LitKind::Imag, text),
        Token::Char(text) => (LitKind::Char, text),
        Token::Str(text) => (LitKind::String, text),
    }
    .map_with(|(kind, text), e| Expr { kind: ExprKind::BasicLit { kind, text }, span: sp(e.span()) });

    // FunctionLit = "func" Signature FunctionBody .
    let func_lit = just(Token::Func)
        .ignore_then(signature.clone())
        .then(block.clone())
        .map_with(|(typ, body), e| Expr { kind: ExprKind::FuncLit { typ, body }, span: sp(e.span()) })
        .boxed();

    // LiteralValue = "{" [ ElementList [ "," ] ] "}" .
    let mut literal_value =
        Recursive::<chumsky::recursive::Indirect<'t, 't, In<'t>, (Vec<KeyedElement>, Span), Ex<'t>>>::declare();
    // Element = Expression | LiteralValue .
    let element = expr.clone().or(literal_value.clone().map_with(|(elems, rbrace), e| Expr {
        kind: ExprKind::CompositeLit { typ: None, elems, rbrace },
        span: sp(e.span()),
    }));
    // KeyedElement = [ Key ":" ] Element .
    let keyed = element.clone().then(just(Token::Colon).ignore_then(element.clone()).or_not()).map(|(a, b)| match b {
        Some(value) => KeyedElement { key: Some(a), value },
        None => KeyedElement { key: None, value: a },
    });
    literal_value.define(
        just(Token::LBrace)
            .ignore_then(keyed.separated_by(just(Token::Comma)).allow_trailing().collect::<Vec<_>>())
            .then(
                just(Token::RBrace)
                    .map_with(|_, e| sp(e.span()))
                    .labelled("in composite literal; possibly missing comma or }"),
            )
            .boxed(),
    );

    // A composite literal of a type literal (`[3]int{...}`, `map[K]V{...}`,
    // `struct{...}{...}`): unambiguous even in a statement header, where only
    // `T{` with T a name could be the start of a block.
    let typed_literal = choice((array_type.clone(), map_type.clone(), struct_type.clone()))
        .then(literal_value.clone())
        .map_with(|(t, (elems, rbrace)), e| Expr {
            kind: ExprKind::CompositeLit { typ: Some(Box::new(t)), elems, rbrace },
            span: sp(e.span()),
        })
        .boxed();

    // Operand = Literal | OperandName | "(" Expression ")" .  (and type literals, for
    // conversions and composite literals: []byte(s), map[string]int{...})
    let operand = choice((
        literal,
        ident().map(|i| Expr { kind: ExprKind::Name(i.name), span: i.span }),
        func_lit,
        expr.clone()
            .delimited_by(
                just(Token::LParen),
                // As gc's want(")"): a missing ) at the end of a line is
                // reported and the newline taken in its place.
                just(Token::RParen).ignored().or(semi().validate(|_, e, emitter| {
                    emitter.emit(Rich::custom(e.span(), "unexpected {found}, expected )"));
                })),
            )
            .map_with(|x, e| Expr { kind: ExprKind::Paren(Box::new(x)), span: sp(e.span()) }),
        array_type,
        map_type,
        chan_type,
        struct_type,
        interface_type,
        just(Token::Func)
            .ignore_then(signature.clone())
            .map_with(|sig, e| Expr { kind: ExprKind::FuncType(sig), span: sp(e.span()) }),
    ))
    .labelled("expression")
    .boxed();

    // Arguments = "(" [ ExpressionList [ "..." ] [ "," ] ] ")" .
    let arguments = just(Token::LParen)
        .map_with(|_, e| sp(e.span()))
        .then(expr.clone().separated_by(just(Token::Comma)).collect::<Vec<_>>())
        .then(just(Token::Ellipsis).or_not())
        .then_ignore(just(Token::Comma).or_not())
        .then(
            just(Token::RParen).map_with(|_, e| sp(e.span())).labelled("in argument list; possibly missing comma or )"),
        )
        .map(|(((lparen, args), dots), rparen)| Postfix::Call(args, dots.is_some(), lparen, rparen))
        .boxed();
    // Index = "[" Expression [ "," ] "]" .   Slice = "[" [ Expression ] ":" [ Expression ] [ ":" Expression ] "]" .
    let index_or_slice = just(Token::LBrack)
        .ignore_then(
            expr.clone()
                .or_not()
                .then_ignore(just(Token::Colon))
                .then(expr.clone().or_not())
                .then(just(Token::Colon).ignore_then(expr.clone()).or_not())
                .map(|((lo, hi), max)| Postfix::Slice(lo, hi, max))
                .or(expr
                    .clone()
                    .separated_by(just(Token::Comma))
                    .at_least(1)
                    .allow_trailing()
                    .collect::<Vec<_>>()
                    .map(Postfix::Index)),
        )
        .then_ignore(just(Token::RBrack).labelled("comma, : or ]"))
        .boxed();
    // Selector = "." identifier .   TypeAssertion = "." "(" Type ")" .
    let selector = just(Token::Period)
        .ignore_then(
            ident().map(Postfix::Selector).or(just(Token::Type)
                .to(None)
                .or(typ.clone().map(Some))
                .delimited_by(just(Token::LParen), just(Token::RParen))
                .map(Postfix::TypeAssert)),
        )
        .labelled("name or (")
        .boxed();

    let make_expr = |allow_lit: bool| {
        let complit = literal_value.clone().map(|(elems, rbrace)| Postfix::CompositeLit(elems, rbrace));
        let postfix = if allow_lit {
            choice((selector.clone(), index_or_slice.clone(), arguments.clone(), complit)).boxed()
        } else {
            choice((selector.clone(), index_or_slice.clone(), arguments.clone())).boxed()
        };
        let start = if allow_lit { operand.clone() } else { typed_literal.clone().or(operand.clone()).boxed() };
        // PrimaryExpr = Operand | PrimaryExpr ( Selector | Index | Slice | TypeAssertion | Arguments ) .
        let primary = start
            .foldl_with(postfix.repeated(), |x, p, e| {
                let span = x.span.to(sp(e.span()));
                let kind = match p {
                    Postfix::Selector(sel) => ExprKind::Selector { x: Box::new(x), sel },
                    Postfix::TypeAssert(t) => ExprKind::TypeAssert { x: Box::new(x), typ: t.map(Box::new) },
                    Postfix::Index(index) => ExprKind::Index { x: Box::new(x), index },
                    Postfix::Slice(lo, hi, max) => ExprKind::Slice {
                        x: Box::new(x),
                        lo: lo.map(Box::new),
                        hi: hi.map(Box::new),
                        max: max.map(Box::new),
                    },
                    Postfix::Call(args, ellipsis, lparen, rparen) => {
                        ExprKind::Call { func: Box::new(x), args, ellipsis, lparen, rparen }
                    }
                    Postfix::CompositeLit(elems, rbrace) => {
                        if !complit_type_ok(&x) {
                            return Expr::bad(span);
                        }
                        ExprKind::CompositeLit { typ: Some(Box::new(x)), elems, rbrace }
                    }
                };
                Expr { kind, span }
            })
            .boxed();
        // UnaryExpr = PrimaryExpr | unary_op UnaryExpr .
        let unary = recursive(|unary| {
            let op = select! {
                Token::Add => Some(UnaryOp::Pos),
                Token::Sub => Some(UnaryOp::Neg),
                Token::Not => Some(UnaryOp::Not),
                Token::Xor => Some(UnaryOp::Xor),
                Token::And => Some(UnaryOp::Addr),
                Token::Arrow => Some(UnaryOp::Recv),
                Token::Tilde => Some(UnaryOp::Tilde),
                Token::Mul => None,
            };
            op.then(unary)
                .map_with(|(op, x): (Option<UnaryOp>, Expr), e| {
                    let span = sp(e.span());
                    match op {
                        Some(op) => Expr { kind: ExprKind::Unary { op, x: Box::new(x) }, span },
                        None => Expr { kind: ExprKind::Star(Box::new(x)), span },
                    }
                })
                .or(primary.clone())
                .boxed()
        });
        let level = |ops: Vec<(Token, BinaryOp)>, next: Boxed<'t, 't, In<'t>, Expr, Ex<'t>>| {
            let op = choice(ops.into_iter().map(|(tok, op)| just(tok).to(op)).collect::<Vec<_>>());
            next.clone().foldl(op.then(next).repeated(), |x, (op, y)| binary(op, x, y)).boxed()
        };
        // Expression = UnaryExpr | Expression binary_op Expression .  (five precedence levels)
        let mul = level(
            vec![
                (Token::Mul, BinaryOp::Mul),
                (Token::Quo, BinaryOp::Quo),
                (Token::Rem, BinaryOp::Rem),
                (Token::Shl, BinaryOp::Shl),
                (Token::Shr, BinaryOp::Shr),
                (Token::And, BinaryOp::And),
                (Token::AndNot, BinaryOp::AndNot),
            ],
            unary.boxed(),
        );
        let add = level(
            vec![
                (Token::Add, BinaryOp::Add),
                (Token::Sub, BinaryOp::Sub),
                (Token::Or, BinaryOp::Or),
                (Token::Xor, BinaryOp::Xor),
            ],
            mul,
        );
        let cmp = level(
            vec![
                (Token::Eql, BinaryOp::Eql),
                (Token::Neq, BinaryOp::Neq),
                (Token::Lss, BinaryOp::Lss),
                (Token::Leq, BinaryOp::Leq),
                (Token::Gtr, BinaryOp::Gtr),
                (Token::Geq, BinaryOp::Geq),
            ],
            add,
        );
        let and = level(vec![(Token::LAnd, BinaryOp::LAnd)], cmp);
        level(vec![(Token::LOr, BinaryOp::LOr)], and)
    };
    expr.define(make_expr(true).labelled("expression"));
    expr_nolit.define(make_expr(false).labelled("expression"));

    // ---- Statements ---------------------------------------------------------

    let assign_op = select! {
        Token::Assign => AssignOp::Assign,
        Token::Define => AssignOp::Define,
        Token::AddAssign => AssignOp::Op(BinaryOp::Add),
        Token::SubAssign => AssignOp::Op(BinaryOp::Sub),
        Token::MulAssign => AssignOp::Op(BinaryOp::Mul),
        Token::QuoAssign => AssignOp::Op(BinaryOp::Quo),
        Token::RemAssign => AssignOp::Op(BinaryOp::Rem),
        Token::AndAssign => AssignOp::Op(BinaryOp::And),
        Token::OrAssign => AssignOp::Op(BinaryOp::Or),
        Token::XorAssign => AssignOp::Op(BinaryOp::Xor),
        Token::ShlAssign => AssignOp::Op(BinaryOp::Shl),
        Token::ShrAssign => AssignOp::Op(BinaryOp::Shr),
        Token::AndNotAssign => AssignOp::Op(BinaryOp::AndNot),
    };

    // SimpleStmt = ExpressionStmt | SendStmt | IncDecStmt | Assignment | ShortVarDecl .
    let simple_stmt = |x: Recursive<chumsky::recursive::Indirect<'t, 't, In<'t>, Expr, Ex<'t>>>| {
        let list = x.clone().separated_by(just(Token::Comma)).at_least(1).collect::<Vec<_>>();
        #[derive(Clone)]
        enum Tail {
            Assign(AssignOp, Span, Vec<Expr>),
            IncDec(bool),
            Send(Expr),
        }
        list.clone()
            .then(
                choice((
                    assign_op
                        .map_with(|op, e| (op, sp(e.span())))
                        .then(list)
                        .map(|((op, op_span), rhs)| Tail::Assign(op, op_span, rhs)),
                    just(Token::Inc).to(Tail::IncDec(true)),
                    just(Token::Dec).to(Tail::IncDec(false)),
                    just(Token::Arrow).ignore_then(x.clone()).map(Tail::Send),
                ))
                .or_not(),
            )
            .validate(|(mut lhs, tail), e, emitter| {
                let span = sp(e.span());
                let kind = match tail {
                    None => {
                        if lhs.len() > 1 {
                            emitter.emit(Rich::custom(e.span(), "expected := or = or comma"));
                        }
                        StmtKind::Expr(lhs.swap_remove(0))
                    }
                    Some(Tail::Assign(op, op_span, rhs)) => StmtKind::Assign { lhs, op, rhs, op_span },
                    Some(Tail::IncDec(inc)) => StmtKind::IncDec { x: lhs.swap_remove(0), inc },
                    Some(Tail::Send(value)) => StmtKind::Send { chan: lhs.swap_remove(0), value },
                };
                Stmt { kind, span }
            })
            .boxed()
    };
    let simple = simple_stmt(expr.clone());
    let simple_nolit = simple_stmt(expr_nolit.clone());

    // VarSpec = IdentifierList ( Type [ "=" ExpressionList ] | "=" ExpressionList ) .
    let var_spec = ident_list
        .clone()
        .then(typ.clone().or_not())
        .then(just(Token::Assign).ignore_then(expr_list.clone()).or_not())
        .validate(|((names, typ), values), e, emitter| {
            if typ.is_none() && values.is_none() {
                let end = e.span().end;
                emitter.emit(Rich::custom(SimpleSpan::from(end..end), "unexpected {found}, expected type"));
            }
            Spec::Value(ValueSpec {
                names,
                typ,
                values: values.unwrap_or_default(),
                iota: 0,
                implicit: false,
                span: sp(e.span()),
            })
        })
        .boxed();
    // ConstSpec = IdentifierList [ [ Type ] "=" ExpressionList ] .
    let const_spec = ident_list
        .clone()
        .then(typ.clone().or_not().then_ignore(just(Token::Assign)).then(expr_list.clone()).or_not())
        .map_with(|(names, rest), e| {
            let (typ, values) = rest.map_or((None, Vec::new()), |(t, v)| (t, v));
            Spec::Value(ValueSpec { names, typ, values, iota: 0, implicit: false, span: sp(e.span()) })
        })
        .boxed();
    // TypeSpec = AliasDecl | TypeDef .
    let type_spec = ident()
        .then(just(Token::Assign).or_not())
        .then(typ.clone().labelled("in type declaration"))
        .map_with(|((name, alias), typ), e| {
            Spec::Type(TypeSpec { name, alias: alias.is_some(), typ, span: sp(e.span()) })
        })
        .boxed();
    let group = |kind: DeclKind, keyword: Token, spec: Boxed<'t, 't, In<'t>, Spec, Ex<'t>>| {
        just(keyword)
            .ignore_then(
                spec.clone()
                    .separated_by(semi())
                    .allow_trailing()
                    .collect::<Vec<_>>()
                    .delimited_by(just(Token::LParen), just(Token::RParen))
                    .or(spec.map(|s| vec![s])),
            )
            .map_with(move |specs, e| {
                let mut decl = GenDecl { kind, specs, span: sp(e.span()) };
                if kind == DeclKind::Const {
                    number_const_specs(&mut decl);
                }
                decl
            })
            .boxed()
    };
    let var_decl = group(DeclKind::Var, Token::Var, var_spec);
    let const_decl = group(DeclKind::Const, Token::Const, const_spec);
    let type_decl = group(DeclKind::Type, Token::Type, type_spec);
    let gen_decl = choice((var_decl, const_decl, type_decl)).boxed();

    // Block = "{" StatementList "}" .   StatementList = { Statement ";" } .
    // A statement starts with anything but the tokens that end a statement
    // list; checking first keeps error recovery from eating a `case`.
    let stmt_start = any().filter(|t: &Token| !matches!(t, Token::Case | Token::Default | Token::RBrace)).rewind();
    // A statement ends at a semicolon (or newline), or before the `}`,
    // `case` or `default` that closes its list.
    let list_end = one_of([Token::RBrace, Token::Case, Token::Default]).rewind().ignored();
    let end_of_stmt = semi().repeated().at_least(1).or(list_end.clone()).labelled("end of statement");
    // After an error, skip to the end of the statement (as gc does) and go
    // on with the next one, so every bad statement gets its diagnostic.
    // The statement and its end recover separately, so the errors reported
    // inside a statement that parsed survive a bad end.
    let skip_to_end = semi().repeated().at_least(1).or(list_end).or(end());
    let stmt_item = stmt_start
        .ignore_then(stmt.clone().recover_with(skip_until(
            skip_group(Token::LBrace, Token::RBrace).or(any().ignored()),
            skip_to_end.clone().rewind(),
            || Stmt { kind: StmtKind::Bad, span: Span::default() },
        )))
        .then_ignore(end_of_stmt.clone().recover_with(skip_until(
            skip_group(Token::LBrace, Token::RBrace).or(any().ignored()),
            skip_to_end,
            || (),
        )));
    let stmt_list = semi()
        .repeated()
        .ignore_then(stmt_item.repeated().collect::<Vec<_>>())
        .map(|stmts: Vec<Stmt>| stmts.into_iter().filter(|s| !matches!(s.kind, StmtKind::Empty)).collect::<Vec<_>>())
        .boxed();
    block.define(
        just(Token::LBrace)
            .ignore_then(stmt_list.clone())
            .then(just(Token::RBrace).map_with(|_, e| sp(e.span())).or(end().validate(|_, e, emitter| {
                // A block left open at the end of the file: report it here so
                // that the enclosing declaration (and its errors) survive.
                emitter.emit(Rich::custom(e.span(), "unexpected EOF, expected }"));
                sp(e.span())
            })))
            .map_with(|(stmts, rbrace), e| Block { stmts, span: sp(e.span()), rbrace })
            .boxed(),
    );

    // IfStmt = "if" [ SimpleStmt ";" ] Expression Block [ "else" ( IfStmt | Block ) ] .
    let if_stmt = recursive(|if_stmt| {
        just(Token::If)
            .ignore_then(simple_nolit.clone().then(semi().ignore_then(expr_nolit.clone().or_not()).or_not()).or_not())
            .validate(|header, e, emitter| match header {
                None => (None, None),
                Some((init, Some(cond))) => (Some(init), cond),
                // No semicolon: the simple statement is the condition.
                Some((s, None)) => match s.kind {
                    StmtKind::Expr(x) => (None, Some(x)),
                    // gc: at the statement's operator, and an `=` that
                    // was meant as `==` spelled out.
                    _ => {
                        let text = super::printer::simple_stmt_string(&s);
                        let (at, text) = match &s.kind {
                            StmtKind::Assign { op: AssignOp::Assign, lhs, rhs, op_span }
                                if lhs.len() == 1 && rhs.len() == 1 =>
                            {
                                let emphasize = |x: &Expr| match x.kind {
                                    ExprKind::Binary { .. } => format!("({})", super::printer::expr_string(x)),
                                    _ => super::printer::expr_string(x),
                                };
                                (*op_span, format!("assignment {} = {}", emphasize(&lhs[0]), emphasize(&rhs[0])))
                            }
                            StmtKind::Assign { op_span, .. } => (*op_span, text),
                            _ => (sp(e.span()), text),
                        };
                        emitter.emit(Rich::custom(
                            SimpleSpan::from(at.lo as usize..at.hi as usize),
                            format!("cannot use {text} as value"),
                        ));
                        (None, Some(Expr::bad(s.span)))
                    }
                },
            })
            .then(block.clone().labelled("{ after if clause"))
            .then(
                just(Token::Else)
                    .ignore_then(
                        if_stmt
                            .or(block.clone().map_with(|b, e| Stmt { kind: StmtKind::Block(b), span: sp(e.span()) }))
                            .labelled("if statement or block"),
                    )
                    .or_not(),
            )
            .validate(|(((init, cond), then), els), e, emitter| {
                let span = sp(e.span());
                let cond = match cond {
                    Some(c) => c,
                    None => {
                        emitter.emit(Rich::custom(e.span(), "missing condition in if statement"));
                        Expr::bad(span)
                    }
                };
                Stmt { kind: StmtKind::If { init: init.map(Box::new), cond, then, els: els.map(Box::new) }, span }
            })
            .boxed()
    });

    // ForStmt = "for" [ Condition | ForClause | RangeClause ] Block .
    let range_clause = expr_list
        .clone()
        .then(just(Token::Define).to(true).or(just(Token::Assign).to(false)))
        .or_not()
        .then_ignore(just(Token::Range))
        .then(expr_nolit.clone())
        .boxed();
    let for_stmt = just(Token::For)
        .ignore_then(choice((
            range_clause.then(block.clone()).map(|((lhs, x), body)| {
                let (mut key, mut value, mut define, mut extra) = (None, None, false, None);
                if let Some((list, def)) = lhs {
                    define = def;
                    extra = list.get(2).map(|x| x.span);
                    let mut it = list.into_iter();
                    key = it.next();
                    value = it.next();
                }
                StmtKind::Range { key, value, define, x, body, extra }
            }),
            simple_nolit
                .clone()
                .or_not()
                .then_ignore(semi())
                .then(expr_nolit.clone().or_not())
                .then_ignore(semi().labelled("for loop condition"))
                .then(simple_nolit.clone().or_not())
                .then(block.clone().labelled("{ after for clause"))
                .map(|(((init, cond), post), body)| StmtKind::For {
                    init: init.map(Box::new),
                    cond,
                    post: post.map(Box::new),
                    body,
                }),
            expr_nolit
                .clone()
                .or_not()
                .then(block.clone().labelled("{ after for clause"))
                .map(|(cond, body)| StmtKind::For { init: None, cond, post: None, body }),
        )))
        .map_with(|kind, e| Stmt { kind, span: sp(e.span()) })
        .boxed();

    // ExprSwitchStmt = "switch" [ SimpleStmt ";" ] [ Expression ] "{" { ExprCaseClause } "}" .
    let case_clause = just(Token::Case)
        .ignore_then(expr_list.clone().or(typ.clone().separated_by(just(Token::Comma)).at_least(1).collect()))
        .map(Some)
        .or(just(Token::Default).to(None))
        // As gc's want(":"): a missing colon at the end of the line is
        // reported and the newline taken in its place.
        .then_ignore(just(Token::Colon).ignored().or(semi().validate(|_, e, emitter| {
            emitter.emit(Rich::custom(e.span(), "unexpected {found}, expected :"));
        })))
        .then(stmt_list.clone())
        .map_with(|(exprs, body), e| CaseClause { exprs, body, span: sp(e.span()) })
        .labelled("case or default or }")
        .boxed();
    let switch_stmt = just(Token::Switch)
        .ignore_then(simple_nolit.clone().then_ignore(semi()).or_not())
        .then(simple_nolit.clone().or_not())
        .then(
            just(Token::LBrace)
                .map_with(|_, e| sp(e.span()))
                .labelled("{ after switch clause")
                .then(case_clause.repeated().collect::<Vec<_>>())
                .then_ignore(just(Token::RBrace)),
        )
        .validate(|((init, header), (lbrace, clauses)), e, emitter| {
            let span = sp(e.span());
            let init = init.map(Box::new);
            let kind = match header.map(|s| s.kind) {
                None => StmtKind::Switch { init, tag: None, clauses, lbrace },
                Some(StmtKind::Expr(x)) => match x.kind {
                    ExprKind::TypeAssert { x, typ: None } => StmtKind::TypeSwitch { init, bind: None, x: *x, clauses },
                    _ => StmtKind::Switch { init, tag: Some(x), clauses, lbrace },
                },
                Some(StmtKind::Assign { mut lhs, op: AssignOp::Define, mut rhs, .. })
                    if lhs.len() == 1
                        && rhs.len() == 1
                        && matches!(rhs[0].kind, ExprKind::TypeAssert { typ: None, .. })
                        && matches!(lhs[0].kind, ExprKind::Name(_)) =>
                {
                    let l = lhs.remove(0);
                    let ExprKind::Name(name) = l.kind else { unreachable!() };
                    let ExprKind::TypeAssert { x, .. } = rhs.remove(0).kind else { unreachable!() };
                    StmtKind::TypeSwitch { init, bind: Some(Ident { name, span: l.span }), x: *x, clauses }
                }
                Some(_) => {
                    emitter.emit(Rich::custom(e.span(), "switch expression must be an expression"));
                    StmtKind::Switch { init, tag: None, clauses, lbrace }
                }
            };
            Stmt { kind, span }
        })
        .boxed();

    // SelectStmt = "select" "{" { CommClause } "}" .
    let comm_clause = just(Token::Case)
        .ignore_then(simple.clone().map(|s| Some(Box::new(s))))
        .or(just(Token::Default).to(None))
        .then_ignore(just(Token::Colon))
        .then(stmt_list.clone())
        .map_with(|(comm, body), e| CommClause { comm, body, span: sp(e.span()) })
        .boxed();
    let select_stmt = just(Token::Select)
        .ignore_then(comm_clause.repeated().collect::<Vec<_>>().delimited_by(just(Token::LBrace), just(Token::RBrace)))
        .map_with(|clauses, e| Stmt { kind: StmtKind::Select { clauses }, span: sp(e.span()) })
        .boxed();

    let branch = choice((
        just(Token::Break).to(BranchKind::Break).then(ident().or_not()),
        just(Token::Continue).to(BranchKind::Continue).then(ident().or_not()),
        just(Token::Goto).to(BranchKind::Goto).then(ident().map(Some)),
        just(Token::Fallthrough).to(BranchKind::Fallthrough).then(empty().to(None)),
    ))
    .map_with(|(kind, label), e| Stmt { kind: StmtKind::Branch { kind, label }, span: sp(e.span()) });

    let return_stmt = just(Token::Return)
        .ignore_then(expr_list.clone().or_not())
        .map_with(|xs, e| Stmt { kind: StmtKind::Return(xs.unwrap_or_default()), span: sp(e.span()) });
    let go_stmt =
        just(Token::Go).ignore_then(expr.clone()).map_with(|x, e| Stmt { kind: StmtKind::Go(x), span: sp(e.span()) });
    let defer_stmt = just(Token::Defer)
        .ignore_then(expr.clone())
        .map_with(|x, e| Stmt { kind: StmtKind::Defer(x), span: sp(e.span()) });
    // LabeledStmt = Label ":" Statement .  (the statement may be empty: `L: }`)
    let labeled = ident().then_ignore(just(Token::Colon)).then(stmt.clone().or_not()).map_with(|(label, s), e| {
        let span = sp(e.span());
        let s = s.unwrap_or(Stmt { kind: StmtKind::Empty, span: Span::new(span.hi, span.hi) });
        Stmt { kind: StmtKind::Labeled { label, stmt: Box::new(s) }, span }
    });

    stmt.define(
        choice((
            gen_decl.clone().map_with(|d, e| Stmt { kind: StmtKind::Decl(d), span: sp(e.span()) }),
            labeled,
            go_stmt,
            defer_stmt,
            return_stmt,
            branch,
            block.clone().map_with(|b, e| Stmt { kind: StmtKind::Block(b), span: sp(e.span()) }),
            if_stmt,
            switch_stmt,
            select_stmt,
            for_stmt,
            simple.clone(),
        ))
        .labelled("statement")
        .boxed(),
    );

    // ---- Declarations -------------------------------------------------------

    // FunctionDecl = "func" [ Receiver ] FunctionName Signature [ FunctionBody ] .
    let receiver = params.clone();
    let func_decl = just(Token::Func)
        .ignore_then(receiver.or_not())
        .then(ident())
        .then(signature)
        .then(choice((
            block.clone().map(Some),
            // `func f()` newline `{`: the newline ended the declaration.
            semi().ignore_then(block.clone()).validate(|b, _, emitter| {
                let at = SimpleSpan::from(b.span.lo as usize..b.span.lo as usize + 1);
                emitter.emit(Rich::custom(at, "unexpected semicolon or newline before {"));
                Some(b)
            }),
            empty().to(None),
        )))
        .validate(|(((recv, name), typ), body), e, emitter| {
            let recv = match recv {
                None => None,
                Some(mut fields) => {
                    if fields.len() != 1 {
                        emitter.emit(Rich::custom(e.span(), "method has multiple receivers"));
                    }
                    if fields.is_empty() { None } else { Some(fields.swap_remove(0)) }
                }
            };
            Decl::Func(FuncDecl { recv, name, typ, body, pragmas: Vec::new(), span: sp(e.span()) })
        })
        .boxed();

    let top_decl = choice((func_decl, gen_decl.map(Decl::Gen)))
        .labelled("declaration")
        .recover_with(skip_then_retry_until(
            skip_group(Token::LBrace, Token::RBrace).or(any().ignored()),
            one_of([Token::Func, Token::Var, Token::Const, Token::Type, Token::Import]).rewind().ignored().or(end()),
        ))
        .boxed();

    // ImportSpec = [ "." | PackageName ] ImportPath .
    let import_spec = ident().or_not().then(select! { Token::Str(s) => s }).map_with(|(name, path), e| ImportSpec {
        name,
        path: path.trim_matches(['"', '`']).to_string(),
        span: sp(e.span()),
    });
    let import_decl = just(Token::Import)
        .ignore_then(
            import_spec
                .clone()
                .separated_by(semi())
                .allow_trailing()
                .collect::<Vec<_>>()
                .delimited_by(just(Token::LParen), just(Token::RParen))
                .or(import_spec.map(|s| vec![s])),
        )
        .then_ignore(semi());

    // SourceFile = PackageClause ";" { ImportDecl ";" } { TopLevelDecl ";" } .
    just(Token::Package)
        .labelled("package clause")
        .ignore_then(ident())
        .then_ignore(semi())
        .then(import_decl.repeated().collect::<Vec<Vec<ImportSpec>>>())
        .then(
            top_decl
                .then_ignore(
                    semi().or(end().rewind()).labelled("after top level declaration").recover_with(skip_until(
                        skip_group(Token::LBrace, Token::RBrace).or(any().ignored()),
                        one_of([Token::Func, Token::Var, Token::Const, Token::Type, Token::Import])
                            .rewind()
                            .ignored()
                            .or(end()),
                        || (),
                    )),
                )
                .repeated()
                .collect::<Vec<_>>(),
        )
        .then_ignore(end())
        .map(|((package, imports), decls)| File {
            package: Some(package),
            imports: imports.into_iter().flatten().collect(),
            decls,
        })
}

/// Numbers the specs of a const group (their `iota`) and fills in the
/// implicit repetition: a spec without values repeats the previous spec's
/// type and values.
fn number_const_specs(decl: &mut GenDecl) {
    let mut previous: Option<(Option<Expr>, Vec<Expr>)> = None;
    for (i, spec) in decl.specs.iter_mut().enumerate() {
        if let Spec::Value(v) = spec {
            v.iota = i as u32;
            if v.values.is_empty() && v.typ.is_none() {
                if let Some((t, vals)) = &previous {
                    v.typ = t.clone();
                    v.values = vals.clone();
                    v.implicit = true;
                }
            } else {
                previous = Some((v.typ.clone(), v.values.clone()));
            }
        }
    }
}
