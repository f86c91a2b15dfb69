# Inlined: the time per call varies from run to run (the test does not
# compare it); the allocation figures do not.
# varies: [0-9]+\.[0-9] ns/op
gocc run account.go
