# Not inlined: ByRef allocates its Account at every call.
# varies: [0-9]+\.[0-9] ns/op
gocc run account_noinline.go
