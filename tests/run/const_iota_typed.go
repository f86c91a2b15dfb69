package main

type Weekday int

const (
	Sunday Weekday = iota
	Monday
	Tuesday
	Wednesday
	Thursday
	Friday
	Saturday
)

type Flags uint8

const (
	FlagRead Flags = 1 << iota
	FlagWrite
	FlagExec
	FlagSticky
	_
	_
	_
	FlagTop
)

type Size int64

const (
	_       = iota
	KB Size = 1 << (10 * iota)
	MB
	GB
	TB
	PB
	EB
)

type Level int8

const (
	Debug Level = iota - 2
	Info
	Warn
	Error
	Fatal
)

func dayName(d Weekday) string {
	switch d {
	case Sunday:
		return "Sunday"
	case Saturday:
		return "Saturday"
	}
	return "weekday"
}

func main() {
	for d := Sunday; d <= Saturday; d++ {
		println("day", d, dayName(d), "weekend:", d == Sunday || d == Saturday)
	}
	println("flags:", FlagRead, FlagWrite, FlagExec, FlagSticky, FlagTop)
	f := FlagRead | FlagExec
	println("read|exec:", f, "has write:", f&FlagWrite != 0, "has exec:", f&FlagExec != 0)
	f |= FlagTop
	println("with top:", f, "cleared read:", f&^FlagRead)
	println("^flags (uint8):", ^f)
	println("sizes:", KB, MB, GB, TB, PB, EB)
	println("EB / PB:", EB/PB)
	var used Size = 3*GB + 512*MB
	println("3.5 GB in MB:", used/MB)
	println("levels:", Debug, Info, Warn, Error, Fatal)
	var l Level = Fatal
	l += 126
	println("Fatal(2)+126 wraps int8:", l)
	var w Weekday = Wednesday
	w = w*2 + 1
	println("Wednesday*2+1:", w)
	println("int(Saturday)-int(Monday):", int(Saturday)-int(Monday))
}
