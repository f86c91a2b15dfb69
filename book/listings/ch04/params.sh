# Parameters: what each function does with the pointers it receives.
gocc -m params.go
