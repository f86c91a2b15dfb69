mod diag;
mod ir;
mod source;
mod syntax;
mod types;

fn main() {
    let path = std::env::args().nth(1).unwrap();
    let mut sources = source::SourceMap::default();
    let (text, _) = source::decode_source(std::fs::read(&path).unwrap());
    let f = sources.add(&path, text);
    let mut diags = diag::Diagnostics::default();
    let file = syntax::parse(&sources, f, &mut diags);
    if diags.is_empty() {
        let pkg = types::check::check_package(&[file], &sources, &mut diags);
        println!("{} funcs", pkg.funcs.len());
    }
    eprint!("{}", diags.render(&sources));
}
