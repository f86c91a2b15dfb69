//! How gc's messages show expressions and statements.
//!
//! `expr_string` prints an expression as types2's `ExprString` does (`x + 1`,
//! `f(a, b)`, `s[1:2]`, composite literal bodies shortened to `…`); the
//! checker's `describe` (check/expr.rs) adds an operand's mode and type:
//! `x (variable of type int)`.
//!
//! Go: src/cmd/compile/internal/syntax/printer.go (ShortForm).

use crate::syntax::ast::{self, AssignOp, ExprKind, StmtKind};

/// A simple statement as gc prints it in messages (`x := 1`, `x++`).
pub fn simple_stmt_string(s: &ast::Stmt) -> String {
    let list = |xs: &[ast::Expr]| xs.iter().map(expr_string).collect::<Vec<_>>().join(", ");
    match &s.kind {
        StmtKind::Expr(x) => expr_string(x),
        StmtKind::Assign { lhs, op, rhs, .. } => {
            let op = match op {
                AssignOp::Assign => "=".to_string(),
                AssignOp::Define => ":=".to_string(),
                AssignOp::Op(b) => format!("{}=", b.text()),
            };
            format!("{} {op} {}", list(lhs), list(rhs))
        }
        StmtKind::IncDec { x, inc } => format!("{}{}", expr_string(x), if *inc { "++" } else { "--" }),
        StmtKind::Send { chan, value } => format!("{} <- {}", expr_string(chan), expr_string(value)),
        _ => "statement".into(),
    }
}

pub fn expr_string(e: &ast::Expr) -> String {
    let mut s = String::new();
    write_expr(e, &mut s, 0);
    s
}

fn write_list(xs: &[ast::Expr], s: &mut String, depth: u32) {
    for (i, x) in xs.iter().enumerate() {
        if i > 0 {
            s.push_str(", ");
        }
        write_expr(x, s, depth);
    }
}

fn write_fields(fields: &[ast::Field], s: &mut String, sep: &str, depth: u32) {
    for (i, f) in fields.iter().enumerate() {
        if i > 0 {
            s.push_str(sep);
        }
        for (j, n) in f.names.iter().enumerate() {
            if j > 0 {
                s.push_str(", ");
            }
            s.push_str(&n.name);
        }
        if !f.names.is_empty() {
            s.push(' ');
        }
        if f.variadic {
            s.push_str("...");
        }
        write_expr(&f.typ, s, depth);
    }
}

fn write_signature(ft: &ast::FuncType, s: &mut String, depth: u32) {
    s.push('(');
    write_fields(&ft.params, s, ", ", depth);
    s.push(')');
    if ft.results.is_empty() {
        return;
    }
    s.push(' ');
    if ft.results.len() == 1 && ft.results[0].names.is_empty() {
        write_expr(&ft.results[0].typ, s, depth);
    } else {
        s.push('(');
        write_fields(&ft.results, s, ", ", depth);
        s.push(')');
    }
}

fn write_expr(e: &ast::Expr, s: &mut String, depth: u32) {
    if depth > 100 {
        s.push('…');
        return;
    }
    let d = depth + 1;
    match &e.kind {
        ExprKind::Bad => s.push_str("BadExpr"),
        ExprKind::Name(n) => s.push_str(n),
        ExprKind::BasicLit { text, .. } => s.push_str(text),
        ExprKind::CompositeLit { typ, elems, .. } => {
            if let Some(t) = typ {
                write_expr(t, s, d);
            }
            s.push('{');
            if !elems.is_empty() {
                s.push('…');
            }
            s.push('}');
        }
        ExprKind::FuncLit { typ, body } => {
            s.push_str("func");
            write_signature(typ, s, d);
            s.push_str(if body.stmts.is_empty() { " {}" } else { " {…}" });
        }
        ExprKind::Paren(x) => {
            s.push('(');
            write_expr(x, s, d);
            s.push(')');
        }
        ExprKind::Selector { x, sel } => {
            write_expr(x, s, d);
            s.push('.');
            s.push_str(&sel.name);
        }
        ExprKind::Index { x, index } => {
            write_expr(x, s, d);
            s.push('[');
            write_list(index, s, d);
            s.push(']');
        }
        ExprKind::Slice { x, lo, hi, max } => {
            write_expr(x, s, d);
            s.push('[');
            if let Some(lo) = lo {
                write_expr(lo, s, d);
            }
            s.push(':');
            if let Some(hi) = hi {
                write_expr(hi, s, d);
            }
            if let Some(max) = max {
                s.push(':');
                write_expr(max, s, d);
            }
            s.push(']');
        }
        ExprKind::TypeAssert { x, typ } => {
            write_expr(x, s, d);
            s.push_str(".(");
            match typ {
                Some(t) => write_expr(t, s, d),
                None => s.push_str("type"),
            }
            s.push(')');
        }
        ExprKind::Call { func, args, ellipsis, .. } => {
            write_expr(func, s, d);
            s.push('(');
            write_list(args, s, d);
            if *ellipsis {
                s.push_str("...");
            }
            s.push(')');
        }
        ExprKind::Star(x) => {
            s.push('*');
            write_expr(x, s, d);
        }
        ExprKind::Unary { op, x } => {
            s.push_str(op.text());
            write_expr(x, s, d);
        }
        ExprKind::Binary { op, x, y } => {
            write_expr(x, s, d);
            s.push(' ');
            s.push_str(op.text());
            s.push(' ');
            write_expr(y, s, d);
        }
        ExprKind::ArrayType { len, elem } => {
            s.push('[');
            if let Some(len) = len {
                write_expr(len, s, d);
            }
            s.push(']');
            write_expr(elem, s, d);
        }
        ExprKind::Ellipsis => s.push_str("..."),
        ExprKind::StructType(fields) => {
            s.push_str("struct{");
            write_fields(fields, s, "; ", d);
            s.push('}');
        }
        ExprKind::FuncType(ft) => {
            s.push_str("func");
            write_signature(ft, s, d);
        }
        ExprKind::InterfaceType(fields) => {
            if fields.is_empty() {
                s.push_str("interface{}");
            } else {
                s.push_str("interface{");
                write_fields(fields, s, "; ", d);
                s.push('}');
            }
        }
        ExprKind::MapType { key, value } => {
            s.push_str("map[");
            write_expr(key, s, d);
            s.push(']');
            write_expr(value, s, d);
        }
        ExprKind::ChanType { dir, elem } => {
            s.push_str(match dir {
                ast::ChanDir::Both => "chan ",
                ast::ChanDir::Send => "chan<- ",
                ast::ChanDir::Recv => "<-chan ",
            });
            write_expr(elem, s, d);
        }
    }
}
