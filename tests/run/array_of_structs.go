package main

// Arrays of structs: updating fields in place through an index, the loop
// variable of range being a copy, sorting the array by a field, and
// selecting records.

type Student struct {
	Name   string
	Grade  int
	Scores [3]int
}

func avg(s Student) int {
	return (s.Scores[0] + s.Scores[1] + s.Scores[2]) / 3
}

func sortByAvg(a *[5]Student) {
	for i := 1; i < len(a); i++ {
		for j := i; j > 0 && avg(a[j]) > avg(a[j-1]); j-- {
			a[j], a[j-1] = a[j-1], a[j]
		}
	}
}

func main() {
	class := [5]Student{
		{"ann", 3, [3]int{90, 85, 77}},
		{"bob", 3, [3]int{60, 70, 80}},
		{"cy", 4, [3]int{100, 95, 98}},
		{"di", 4, [3]int{55, 65, 45}},
		{"ed", 3, [3]int{88, 88, 88}},
	}

	for _, s := range class {
		s.Grade = 99 // modifies the copy only
	}
	println("after modifying range copies, class[0].Grade =", class[0].Grade)

	for i := range class {
		class[i].Scores[2] += 2
	}
	println("after bonus: ann last score", class[0].Scores[2])

	sortByAvg(&class)
	for i, s := range class {
		println(i, s.Name, "avg", avg(s))
	}

	best := class[0]
	best.Name = "changed"
	println("copy of class[0] changed, class[0].Name =", class[0].Name)

	grade4 := 0
	total := 0
	for _, s := range class {
		if s.Grade == 4 {
			grade4++
			total += avg(s)
		}
	}
	println("grade 4 students:", grade4, "average of averages:", total/grade4)

	p := &class[4]
	p.Name = "last"
	println("through &class[4]:", class[4].Name, avg(class[4]))
}
