// Composite literal addresses stored in globals escape; one only read stays.
package main

type Config struct {
	Name  string
	Level int
}

type Registry struct {
	Cur *Config
}

var active *Config
var reg Registry
var all []*Config

func main() { // ERROR "can inline main"
	active = &Config{Name: "a", Level: 1}  // ERROR "&Config\{\.\.\.\} escapes to heap"
	reg.Cur = &Config{Name: "b", Level: 2} // ERROR "&Config\{\.\.\.\} escapes to heap"
	all = append(all, &Config{Name: "c"})  // ERROR "append escapes to heap" "&Config\{\.\.\.\} escapes to heap"
	tmp := &Config{Name: "d", Level: 4}    // ERROR "&Config\{\.\.\.\} does not escape"
	println(active.Name, reg.Cur.Level, len(all), tmp.Level)
}
