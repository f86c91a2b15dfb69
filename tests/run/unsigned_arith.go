package main

func mulmod(a, b, m uint64) uint64 {
	var r uint64
	a %= m
	for b > 0 {
		if b&1 == 1 {
			r = (r + a) % m
		}
		a = (a * 2) % m
		b >>= 1
	}
	return r
}

func powmod(base, exp, m uint64) uint64 {
	result := uint64(1)
	base %= m
	for exp > 0 {
		if exp&1 == 1 {
			result = mulmod(result, base, m)
		}
		base = mulmod(base, base, m)
		exp >>= 1
	}
	return result
}

func main() {
	var max uint64 = 18446744073709551615
	var half uint64 = 1 << 63
	println("max > half:", max > half, "half > 1:", half > 1, "max/2 < half:", max/2 < half)
	println("max - half:", max-half, "half + half:", half+half, "half * 2:", half*2)
	var a, b uint32 = 3000000000, 2000000000
	println("uint32 compare 3e9 > 2e9:", a > b, "sum wraps:", a+b, "diff:", a-b, "reverse diff wraps:", b-a)
	var ua, ub uint = 5, 7
	println("uint 5-7:", ua-ub, "(5-7) > 5:", ua-ub > ua)
	var c8, d8 uint8 = 200, 100
	println("uint8 200 > 100:", c8 > d8, "int8 view compares the other way:", int8(c8) > int8(d8))
	var u16 uint16 = 40000
	println("uint16 40000/3:", u16/3, "40000*2:", u16*2, "40000 >> 1:", u16>>1)
	println("powmod(2, 100, 1e9+7):", powmod(2, 100, 1000000007))
	println("powmod(3, max, 998244353):", powmod(3, max, 998244353))
	println("powmod(7, 1<<62, 2^61-1):", powmod(7, 1<<62, 2305843009213693951))
	var x uint64 = 0x8000000000000000
	var y uint64 = 0x7FFFFFFFFFFFFFFF
	println("0x8000.. > 0x7FFF..:", x > y, "x/y:", x/y, "x%y:", x%y, "y/x:", y/x)
	var big uint64 = 12345678901234567890
	println("12345678901234567890 / 1e9:", big/1000000000, "% 1e9:", big%1000000000)
	digits := ""
	for v := max; v > 0; v /= 10 {
		digits = string(rune('0'+v%10)) + digits
	}
	println("uint64 max digit by digit:", digits)
	var p uintptr = 4096
	println("uintptr arithmetic:", p*3+1, p/7, p%7, p-4097)
	var cnt uint
	for i := uint(10); i < 20; i-- {
		cnt++
	}
	println("uint loop counting down past zero stops via wraparound:", cnt)
}
