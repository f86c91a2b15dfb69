package main

// Untyped integer constants have arbitrary precision; only the final
// value must fit the type it is used as.

const big = 1 << 100
const bigger = big * big
const huge = 1<<500 - 1
const neg = -(1 << 200)

const (
	KB = 1 << 10
	MB = KB << 10
	EB = MB << 40
	ZB = EB << 10
	YB = ZB << 10
)

func main() {
	println("big >> 98:", big>>98)
	println("bigger >> 195:", bigger>>195)
	println("huge % 1000:", huge%1000)
	println("huge >> 490:", huge>>490)
	println("(huge+1) >> 499:", (huge+1)>>499)
	println("neg >> 190:", neg>>190)
	println("neg / big / big:", neg/big/big)
	println("YB / ZB:", YB/ZB, "YB / EB:", YB/EB)
	var u uint64 = 1<<64 - 1
	println("1<<64 - 1 as uint64:", u)
	var i64 int64 = -1 << 63
	println("-1<<63 as int64:", i64)
	println("big/big:", big/big, "big%7:", big%7)
	println("(1<<100 + 5) % (1<<100):", (big+5)%big)
	const q = 7 / 2
	const r = -7 / 2
	const m = -7 % 3
	println("7/2:", q, "-7/2:", r, "-7%3:", m)
	const c = 1000000007
	const sq = c * c
	println("c*c % (1<<32):", sq%(1<<32), "c*c / c:", sq/c)
	const mask = ^0
	println("^0:", mask, "^uint8(0):", ^uint8(0), "^1:", ^1)
	const x = 0x7fffffffffffffff
	println("max int64 + 1 - 1:", x+1-1)
	println("hex/octal/binary:", 0xff, 0o17, 017, 0b1011, 1_000_000, 0x_dead_beef)
	const shifted = (1 << 70) >> 68
	var runtimeShift uint = 2
	println("(1<<70)>>68:", shifted, "with run-time shift:", shifted<<runtimeShift)
	const bigFloat = big * 1.5
	println("big*1.5 >> 99 (as int):", int64(bigFloat/(1<<99)))
	println("fits after division:", huge/(1<<450)/(1<<40))
	const digits = 12345678901234567890 % 1000000000
	println("12345678901234567890 % 1e9:", digits)
}
