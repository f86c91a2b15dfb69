package main

// A small bank: accounts live in a map by ID as pointers (updated in
// place), transactions are structs kept in a slice by value, a rejected
// transaction is recorded with its reason, and a report sorts the IDs so
// the output does not depend on map order.

type Account struct {
	ID      string
	Owner   string
	Balance int64
	History []int64
}

type Tx struct {
	From, To string
	Amount   int64
}

type Result struct {
	Tx     Tx
	OK     bool
	Reason string
}

type Bank struct {
	Accounts map[string]*Account
	Log      []Result
}

func open(b *Bank, id, owner string, initial int64) {
	b.Accounts[id] = &Account{ID: id, Owner: owner, Balance: initial}
}

func transfer(b *Bank, tx Tx) {
	from, ok1 := b.Accounts[tx.From]
	to, ok2 := b.Accounts[tx.To]
	r := Result{Tx: tx}
	switch {
	case !ok1 || !ok2:
		r.Reason = "unknown account"
	case tx.Amount <= 0:
		r.Reason = "bad amount"
	case from.Balance < tx.Amount:
		r.Reason = "insufficient funds"
	default:
		from.Balance -= tx.Amount
		to.Balance += tx.Amount
		from.History = append(from.History, -tx.Amount)
		to.History = append(to.History, tx.Amount)
		r.OK = true
	}
	b.Log = append(b.Log, r)
}

func snapshot(a *Account) Account {
	return *a // a copy: later transfers do not change it
}

func main() {
	bank := Bank{Accounts: make(map[string]*Account)}
	open(&bank, "A1", "ann", 1000)
	open(&bank, "B2", "bob", 500)
	open(&bank, "C3", "cy", 0)
	before := snapshot(bank.Accounts["A1"])

	txs := []Tx{
		{"A1", "B2", 200}, {"B2", "C3", 650}, {"C3", "A1", 50},
		{"A1", "Z9", 10}, {"B2", "A1", -5}, {"A1", "C3", 800}, {"A1", "C3", 1},
		{"C3", "B2", 5000},
	}
	for _, tx := range txs {
		transfer(&bank, tx)
	}

	okCount := 0
	for i, r := range bank.Log {
		if r.OK {
			okCount++
			continue
		}
		println("tx", i, r.Tx.From, "->", r.Tx.To, r.Tx.Amount, "rejected:", r.Reason)
	}
	println("accepted", okCount, "of", len(bank.Log))

	ids := make([]string, 0, len(bank.Accounts))
	var total int64
	for id, a := range bank.Accounts {
		ids = append(ids, id)
		total += a.Balance
	}
	for i := 1; i < len(ids); i++ {
		for j := i; j > 0 && ids[j] < ids[j-1]; j-- {
			ids[j], ids[j-1] = ids[j-1], ids[j]
		}
	}
	for _, id := range ids {
		a := bank.Accounts[id]
		print(id, " ", a.Owner, " balance ", a.Balance, " history:")
		for _, h := range a.History {
			print(" ", h)
		}
		println()
	}
	println("total money conserved:", total == 1500, total)
	println("snapshot of A1 before the transfers:", before.Balance, "history", len(before.History))

	byOwner := map[string]int64{}
	for _, a := range bank.Accounts {
		byOwner[a.Owner] += a.Balance
	}
	println("ann", byOwner["ann"], "bob", byOwner["bob"], "cy", byOwner["cy"], "nobody", byOwner["nobody"])
}
