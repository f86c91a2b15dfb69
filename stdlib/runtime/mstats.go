// Package runtime is the part of gocc's runtime that Go programs import.
//
// The functions declared here without a body are implemented by the Rust
// runtime (runtime/src), under the same symbol names, the way gc's runtime
// declares functions written in assembly. The struct layouts must match the
// runtime's writers exactly (see runtime/src/abi.rs).
//
// Go: src/runtime/mstats.go.
package runtime

// A MemStats records statistics about the memory allocator, with gc's
// fields and layout. gocc has no collector yet: NumGC stays 0 and Frees 0.
type MemStats struct {
	Alloc         uint64
	TotalAlloc    uint64
	Sys           uint64
	Lookups       uint64
	Mallocs       uint64
	Frees         uint64
	HeapAlloc     uint64
	HeapSys       uint64
	HeapIdle      uint64
	HeapInuse     uint64
	HeapReleased  uint64
	HeapObjects   uint64
	StackInuse    uint64
	StackSys      uint64
	MSpanInuse    uint64
	MSpanSys      uint64
	MCacheInuse   uint64
	MCacheSys     uint64
	BuckHashSys   uint64
	GCSys         uint64
	OtherSys      uint64
	NextGC        uint64
	LastGC        uint64
	PauseTotalNs  uint64
	PauseNs       [256]uint64
	PauseEnd      [256]uint64
	NumGC         uint32
	NumForcedGC   uint32
	GCCPUFraction float64
	EnableGC      bool
	DebugGC       bool
	BySize        [61]struct {
		Size    uint32
		Mallocs uint64
		Frees   uint64
	}
}

// ReadMemStats populates m with memory allocator statistics.
//
// The runtime implements it (runtime/src/mstats.rs); it only writes
// through m, which //go:noescape tells escape analysis, so a MemStats
// variable stays in its frame, as with gc (whose ReadMemStats has a body).
//
//go:noescape
func ReadMemStats(m *MemStats)
