package main

// addABI0 is written in assembly (addABI0_amd64.s). It calls add with
// gc's stack-based convention, ABI0, as all of gc's assembly does.
func addABI0(a, b int32) (int32, bool)

func init() {
	s, overflow := addABI0(2147483647, 1)
	println("ABI0:", s, overflow)
}
