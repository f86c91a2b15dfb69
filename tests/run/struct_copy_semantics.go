package main

// Structs are values: assignment, passing and returning copy every field,
// including arrays inside the struct. A slice field copies only the slice
// header, so the copies still share its elements.

type Inventory struct {
	Owner  string
	Counts [3]int
	Tags   []string
	Inner  struct{ N int }
}

func modify(inv Inventory) Inventory {
	inv.Owner = "changed"
	inv.Counts[0] = 100
	inv.Tags[0] = "shared!"
	inv.Inner.N = 99
	return inv
}

func modifyPtr(inv *Inventory) {
	inv.Owner = "via pointer"
	inv.Counts[1] = 200
}

func show(label string, inv Inventory) {
	println(label, inv.Owner, inv.Counts[0], inv.Counts[1], inv.Counts[2], inv.Tags[0], inv.Inner.N)
}

func makeDefault() Inventory {
	return Inventory{Owner: "default", Tags: []string{"t0", "t1"}}
}

func main() {
	orig := Inventory{Owner: "ann", Counts: [3]int{1, 2, 3}, Tags: []string{"red", "blue"}}
	orig.Inner.N = 7
	show("orig:", orig)

	cp := orig
	cp.Owner = "copy"
	cp.Counts[2] = 30
	cp.Inner.N = 8
	show("cp:", cp)
	show("orig after cp changes:", orig)

	ret := modify(orig)
	show("returned:", ret)
	show("orig after modify:", orig)

	modifyPtr(&orig)
	show("orig after modifyPtr:", orig)

	d1 := makeDefault()
	d2 := makeDefault()
	d1.Tags[1] = "only d1"
	println("separate calls do not share:", d1.Tags[1], d2.Tags[1])

	arr := [2]Inventory{orig, cp}
	arr2 := arr
	arr2[0].Owner = "arr2"
	arr2[0].Counts[0] = -1
	println("array of structs copied:", arr[0].Owner, arr[0].Counts[0], arr2[0].Owner, arr2[0].Counts[0])

	cp.Tags = append(cp.Tags, "green")
	println("len after append to copy's slice:", len(cp.Tags), len(orig.Tags))
}
