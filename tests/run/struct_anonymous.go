package main

// Anonymous struct types: variables, literals, arrays of them, anonymous
// structs as fields, and assignment between identical anonymous types and
// a named type with the same underlying type.

type Point struct {
	X, Y int
}

var config struct {
	Name  string
	Limit int
	Debug bool
}

func total(items [3]struct {
	Name  string
	Price int
}) int {
	t := 0
	for _, it := range items {
		t += it.Price
	}
	return t
}

func main() {
	config.Name = "server"
	config.Limit = 10
	println("config:", config.Name, config.Limit, config.Debug)

	pt := struct{ X, Y int }{3, 4}
	var named Point = pt // identical underlying type: assignable
	named.X = 30
	println("anonymous:", pt.X, pt.Y, "named copy:", named.X, named.Y)
	pt = named
	println("assigned back:", pt.X, pt.Y)
	println("compare anonymous and named:", pt == named)

	items := [3]struct {
		Name  string
		Price int
	}{{"pen", 3}, {"book", 12}, {Name: "bag", Price: 25}}
	println("total:", total(items))
	items[1].Price = 0
	println("total after items[1].Price = 0:", total(items))

	var shape struct {
		Kind   string
		Center struct{ X, Y int }
		Size   [2]int
	}
	shape.Kind = "rect"
	shape.Center.X = -1
	shape.Size[1] = 8
	println("shape:", shape.Kind, shape.Center.X, shape.Center.Y, shape.Size[0], shape.Size[1])

	empty := struct{}{}
	println("empty structs equal:", empty == struct{}{})

	p := &struct {
		A int
		B string
	}{A: 1, B: "one"}
	p.A++
	println("pointer to anonymous:", p.A, p.B)
}
