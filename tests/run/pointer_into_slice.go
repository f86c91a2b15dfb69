package main

// Pointers to slice elements point into the backing array: they see writes
// made through the slice until append moves the slice to a new array,
// after which the pointer still refers to the old array. Pointers to map
// values are not allowed, so maps of pointers are used instead.

type Item struct {
	Name string
	Qty  int
}

var items []Item

func main() {
	items = make([]Item, 2, 2)
	items[0] = Item{"bolt", 10}
	items[1] = Item{"nut", 20}
	p := &items[1]
	p.Qty++
	println("through &items[1]:", items[1].Qty)
	items[1].Qty = 30
	println("write through the slice seen by p:", p.Qty)

	items = append(items, Item{"gear", 5}) // cap was 2: reallocates
	items[1].Qty = 99
	println("after reallocation: items[1].Qty =", items[1].Qty, "p.Qty =", p.Qty)
	p.Qty = -1
	println("writes through p no longer reach the slice:", items[1].Qty)

	nums := []int{1, 2, 3, 4}
	ptrs := make([]*int, len(nums))
	for i := range nums {
		ptrs[i] = &nums[i]
	}
	for _, q := range ptrs {
		*q *= 10
	}
	println("nums after writes through pointers:", nums[0], nums[1], nums[2], nums[3])
	println("&nums[2] == ptrs[2]:", &nums[2] == ptrs[2])

	sub := nums[1:3]
	println("&sub[0] == &nums[1]:", &sub[0] == &nums[1])

	stock := map[string]*Item{}
	for i := range items {
		stock[items[i].Name] = &items[i]
	}
	stock["gear"].Qty += 7
	println("gear via map of pointers:", items[2].Qty)

	var last *Item
	for i := range items {
		last = &items[i]
	}
	last.Name = "cog"
	println("last element renamed:", items[len(items)-1].Name)

	grid := [][]int{{1, 2}, {3, 4}}
	cell := &grid[1][0]
	*cell = 30
	println("pointer into a 2D slice:", grid[1][0])
}
