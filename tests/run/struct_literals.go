package main

// Struct literals: keyed, positional, partially keyed (missing fields are
// zero), nested literals, and the zero value of a struct.

type Date struct {
	Year, Month, Day int
}

type Person struct {
	Name    string
	Age     int
	Born    Date
	Admin   bool
	Balance float64
}

type Pair struct {
	A, B int8
}

func printPerson(label string, p Person) {
	println(label, "["+p.Name+"]", p.Age, p.Born.Year, p.Born.Month, p.Born.Day, p.Admin, p.Balance)
}

func main() {
	var zero Person
	printPerson("zero:", zero)

	a := Person{"Ann", 31, Date{1993, 4, 12}, true, 12.5}
	printPerson("positional:", a)

	b := Person{Name: "Bob", Born: Date{Year: 2001}}
	printPerson("keyed, partial:", b)

	c := Person{Born: Date{Day: 9, Month: 2, Year: 1980}, Name: "Cy"}
	printPerson("keyed, any order:", c)

	d := Person{}
	d.Name = "Di"
	d.Born.Month = 12
	printPerson("assigned fields:", d)

	p := Pair{-128, 127}
	println("Pair:", p.A, p.B)
	p.A--
	println("Pair after A--:", p.A)

	dates := [3]Date{{2020, 1, 1}, {Year: 2021}, {}}
	for i, dt := range dates {
		println("dates[", i, "] =", dt.Year, dt.Month, dt.Day)
	}

	pd := &Date{2024, 2, 29}
	println("pointer literal:", pd.Year, pd.Month, pd.Day)

	type Local struct {
		S string
		N int
	}
	l := Local{"local type", 3}
	println(l.S, l.N)
	println("literal compared:", Date{1, 2, 3} == Date{Year: 1, Month: 2, Day: 3})
}
