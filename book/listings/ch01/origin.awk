# origin.awk: sums the sizes of `nm -S -C -t d` symbols by where they come
# from: the compiled Go program (and the compiler's tables), gocc's runtime,
# or Rust's core library (linked into the runtime). Symbols in .bss (type b
# or B) are left out: they take no room in the file.
NF >= 4 && $3 !~ /^[bB]$/ {
    name = $4
    for (i = 5; i <= NF; i++) name = name " " $i
    if (name ~ /^main\.|^go:|^type:|^runtime\.(firstmoduledata|functab)$/) what = "compiled Go + tables"
    else if (name ~ /core::|compiler_builtins/) what = "Rust core library"
    else what = "gocc runtime"
    size[what] += $2
    count[what]++
}
END {
    for (w in size) printf "%-22s %4d symbols %7.1f KB\n", w, count[w], size[w]/1024
}
