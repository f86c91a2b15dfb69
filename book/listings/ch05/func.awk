# Picks functions out of a -S listing, gc's or gocc's.
#   -v f="main.add main.main"  the functions, by symbol
#   -v has=ABIWRAPPER          only the ones whose TEXT line contains this
#   -v brief=1                 without the hex dump, the relocations, and
#                              gc's FUNCDATA and PCDATA lines
# A listing is a list of symbols. Each starts with an unindented header
# ("main.add STEXT size=46 ...") and goes on with tab-indented lines.
BEGIN { n = split(f, names, " "); for (i = 1; i <= n; i++) want[names[i]] = 1 }
function flush() { if (keep) printf "%s", block; block = "" }
/^[^\t]/ { flush(); named = ($1 in want) && $2 == "STEXT"; keep = named && has == "" }
named && /\tTEXT\t/ && has != "" && index($0, has) { keep = 1 }
brief && /\t(FUNCDATA|PCDATA)\t/ { next }
brief && /^\trel / { next }
brief && /^\t0x[0-9a-f]+ [0-9a-f][0-9a-f] / { next }   # a hex dump row
{ block = block $0 "\n" }
END { flush() }
