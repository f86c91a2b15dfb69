//! Go's map type: the classic bucketed hash table of gc up to Go 1.23.
//!
//! A map is a pointer to an `hmap`, whose first word is the element count
//! (compiled code reads it for `len(m)`; a nil map has length 0). The table
//! is an array of 2^B buckets. A bucket (`bmap`) holds up to 8 key/elem
//! pairs: first 8 `tophash` bytes, then the 8 keys, then the 8 elems (all
//! keys together, then all elems, so that `map[int64]int8` needs no padding),
//! then a pointer to an overflow bucket. The low B bits of a key's hash pick
//! its bucket; the top 8 bits, stored in `tophash`, let a lookup skip most
//! slots without comparing keys. Small values of tophash mark empty and
//! evacuated slots; `emptyRest` says the rest of the bucket chain is empty,
//! which ends a search early. Keys and elems are stored inline, whatever
//! their size (gc moves those above 128 bytes out of the bucket behind a
//! pointer; gocc keeps a bucket as one block, which only wastes space for
//! huge keys).
//!
//! Growth: when an insertion would push the average load past 6.5 entries
//! per bucket (`overLoadFactor`), the table doubles; when there are about as
//! many overflow buckets as buckets (`tooManyOverflowBuckets`, after many
//! deletions), it is rebuilt at the same size. Growth is incremental, as in
//! gc: `hashGrow` only allocates the new array and keeps the old one in
//! `oldbuckets`; each later assignment or deletion evacuates the old bucket
//! it touches plus one more (`growWork`, `evacuate`), splitting old bucket i
//! between new buckets i ("X") and i+2^(B-1) ("Y"). Lookups read the old
//! bucket while it is not yet evacuated. No operation ever pauses for the
//! whole table.
//!
//! Iteration (`mapiterinit`, `mapiternext`, state in the caller's `hiter`)
//! starts at a random bucket and at a random slot within each bucket, so
//! programs cannot rely on an order. Keys never move within a bucket, so
//! deleting or inserting during an iteration is safe: each entry present for
//! the whole iteration is produced exactly once, one deleted before it is
//! reached is not produced, and one inserted may or may not be. An iterator
//! started before a growth keeps walking the bucket array it started on; for
//! an entry that has since been evacuated it looks the key up again in the
//! current table (so an updated or deleted entry is seen as it is now).
//!
//! Hashing and key equality are alg.rs's, driven by the key's descriptor;
//! each map has its own random seed (`hash0`), renewed when it becomes empty.
//!
//! Why this design rather than gc's current Swiss tables (Go 1.24+,
//! internal/runtime/maps: groups of 8 slots with a control word probed in
//! parallel, tables split by extendible hashing): the bucketed table is the
//! design most talks, books and blog posts explain, it needs no SIMD-style
//! bit tricks to read, and incremental evacuation is a good lesson in itself.
//!
//! Differences from gc's map.go, and why:
//! - The compiler's `MapType` holds only the key and elem types; the sizes,
//!   the hasher and the key's properties (reflexive, needs update, hash may
//!   panic) that gc's compiler precomputes are derived here from the
//!   descriptors (`mapLayout`, alg.rs).
//! - The bucket type that gc's compiler emits (`map.bucket[K]V`, for the
//!   allocator and the collector) is built by the runtime once per map type
//!   (`bucketOf`). Its pointer bitmap always includes the overflow pointer,
//!   so gc's `mapextra.overflow` slices (which keep overflow buckets of
//!   pointer-free maps alive) and the two hiter words pointing to them are
//!   not needed: `hmap.extra` holds just `nextOverflow`, inline.
//! - One set of entry points instead of gc's per-key-type variants
//!   (`mapaccess1_fast64`, `_faststr`...) chosen by its compiler: the
//!   runtime picks inline hashing and comparison for 4- and 8-byte memory
//!   keys and strings at each call (`keyAlg`). No `_fat` variants either: a
//!   missing key's zero value comes from a zero area at least as large as
//!   any elem type seen (`zeroVal`, grown on demand). No `mapclear` yet.
//! - gc's `hashWriting` checks ("concurrent map writes") are kept, although
//!   with one M and no preemption inside the runtime they cannot fire yet.
//!
//! Invariants:
//! - `hmap.count` is the number of entries; `B` is log2 of the bucket count.
//! - Every bucket chain has all or none of its slots in evacuated states,
//!   except inside `evacuate`.
//! - A slot's tophash is `emptyRest` only if every later slot in its chain is
//!   empty too.
//! - While growing, `oldbuckets[i]` for `i < nevacuate` has been evacuated.
//!
//! Go: src/runtime/map.go (Go 1.23).

use crate::abi::{self, HITER_PTRMASK, HITER_WORDS, HMAP_PTRMASK, HMAP_SIZE, MapType, Type};
use crate::alg::{
    hashMightPanic, isReflexive, mapKeyError, memhash32, memhash64, needKeyUpdate, strequal, strhash, typeequal, typehash,
};
use crate::error::plainErrorType;
use crate::malloc::{mallocgc, newobject};
use crate::mbarrier::typedmemmove;
use crate::msize::roundupsize;
use crate::panic::{fatal, throw};
use crate::rand::{cheaprand, rand};
use crate::runtime2::eface;
use crate::string::stringStruct;
use crate::r#type::typestring;
use core::ptr::null_mut;

/// Maximum number of key/elem pairs a bucket can hold.
const bucketCntBits: u8 = 3;
const bucketCnt: usize = 1 << bucketCntBits;

/// Maximum average load of a bucket that triggers growth is bucketCnt*13/16
/// (about 80% full), as loadFactorNum/loadFactorDen for integer math.
const loadFactorDen: usize = 2;
const loadFactorNum: usize = bucketCnt * 13 / 16 * loadFactorDen;

/// Offset of the keys in a bucket: just after the tophash bytes.
const dataOffset: usize = bucketCnt;

// Possible tophash values. We reserve a few possibilities for special marks.
/// This cell is empty, and there are no more non-empty cells at higher
/// indexes or overflows.
const emptyRest: u8 = 0;
/// This cell is empty.
const emptyOne: u8 = 1;
/// Key/elem is valid. Entry has been evacuated to first half of larger table.
const evacuatedX: u8 = 2;
/// Same as above, but evacuated to second half of larger table.
const evacuatedY: u8 = 3;
/// Cell is empty, bucket is evacuated.
const evacuatedEmpty: u8 = 4;
/// Minimum tophash for a normal filled cell.
const minTopHash: u8 = 5;

// Flags.
/// There may be an iterator using buckets.
const iterator: u8 = 1;
/// There may be an iterator using oldbuckets.
const oldIterator: u8 = 2;
/// A goroutine is writing to the map.
const hashWriting: u8 = 4;
/// The current map growth is to a new map of the same size.
const sameSizeGrow: u8 = 8;

/// Sentinel bucket ID for iterator checks.
const noCheck: usize = usize::MAX;

/// The largest allocation gc allows on linux/amd64 (`maxAlloc`).
const maxAlloc: usize = 1 << 48;

/// The header of a Go map. gc: `hmap`.
#[repr(C)]
pub struct hmap {
    /// Live cells == size of map. Must be first (used by len() builtin).
    pub count: isize,
    pub flags: u8,
    /// log_2 of # of buckets (can hold up to loadFactor * 2^B items).
    pub B: u8,
    /// Approximate number of overflow buckets; see incrnoverflow.
    pub noverflow: u16,
    /// Hash seed.
    pub hash0: u32,
    /// Array of 2^B buckets. May be nil if count==0.
    pub buckets: *mut bmap,
    /// Previous bucket array of half the size, non-nil only when growing.
    pub oldbuckets: *mut bmap,
    /// Progress counter for evacuation (buckets less than this have been evacuated).
    pub nevacuate: usize,
    /// The next free preallocated overflow bucket (gc: `extra.nextOverflow`).
    pub nextOverflow: *mut bmap,
}

/// A bucket: the tophash bytes, followed by bucketCnt keys, then bucketCnt
/// elems, then the overflow pointer. gc: `bmap`.
#[repr(C)]
pub struct bmap {
    pub tophash: [u8; bucketCnt],
}

/// A hash iteration structure, kept in the caller's frame. gc: `hiter`.
#[repr(C)]
pub struct hiter {
    /// Must be in first position. Null marks the end of the iteration.
    pub key: *mut u8,
    /// Must be in second position.
    pub elem: *mut u8,
    pub t: *const MapType,
    pub h: *mut hmap,
    /// Bucket array at mapiterinit time.
    pub buckets: *mut bmap,
    /// Current bucket.
    pub bptr: *mut bmap,
    /// Bucket iteration started at.
    pub startBucket: usize,
    /// Intra-bucket offset to start from during iteration.
    pub offset: u8,
    /// Already wrapped around from end of bucket array to beginning.
    pub wrapped: bool,
    pub B: u8,
    pub i: u8,
    pub bucket: usize,
    pub checkBucket: usize,
}

const _: () = {
    use core::mem::offset_of;
    assert!(size_of::<hmap>() == HMAP_SIZE);
    assert!(offset_of!(hmap, count) == 0);
    assert!(HMAP_PTRMASK == 1 << (offset_of!(hmap, buckets) / 8) | 1 << (offset_of!(hmap, oldbuckets) / 8) | 1 << 5);
    assert!(offset_of!(hmap, nextOverflow) == 40);
    assert!(size_of::<hiter>() == HITER_WORDS * 8);
    assert!(offset_of!(hiter, key) == 0);
    assert!(offset_of!(hiter, elem) == 8);
    assert!(offset_of!(hiter, bptr) == 40);
    assert!(HITER_PTRMASK == (1 << (offset_of!(hiter, bptr) / 8 + 1)) - 1);
};

/// The descriptor of an hmap, for the allocator (gc's compiler emits one).
static hmapType: Type = Type {
    size: HMAP_SIZE,
    ptr_bytes: HMAP_SIZE,
    hash: 0,
    tflag: 0,
    align: 8,
    field_align: 8,
    kind: abi::Struct,
    equal: 0,
    gcdata: &(HMAP_PTRMASK as u8),
    str: "runtime.hmap".as_ptr(),
    str_len: "runtime.hmap".len(),
    elem: core::ptr::null(),
};

/// The sizes of one map type's buckets, as gc's `maptype` records them.
#[derive(Clone, Copy)]
struct mapLayout {
    t: *const MapType,
    key: *const Type,
    elem: *const Type,
    keysize: usize,
    elemsize: usize,
    /// tophash, keys, elems, overflow pointer. Keys end 8-aligned (8 of
    /// them), and no Go type is aligned beyond 8, so there is no padding.
    bucketsize: usize,
    alg: keyAlg,
}

/// How a map's keys are hashed and compared: the common cases inline, the
/// rest through alg.rs's walk of the key's descriptor. gc's compiler calls
/// `mapaccess1_fast64`, `_fast32` or `_faststr` for these key types; gocc's
/// runtime picks at each call, from the key's kind (a few instructions,
/// against a call and a switch per hash and per comparison).
/// Either way the hash is typehash's, so the choice never changes a hash.
#[derive(Clone, Copy, PartialEq)]
enum keyAlg {
    /// 8 bytes of plain memory: int, uint64, pointers...
    mem64,
    /// 4 bytes of plain memory: int32, uint32 (rune).
    mem32,
    str,
    generic,
}

impl keyAlg {
    #[inline(always)]
    unsafe fn of(t: *const Type) -> keyAlg {
        match ((*t).kind, (*t).size) {
            (
                abi::Int
                | abi::Int64
                | abi::Uint
                | abi::Uint64
                | abi::Uintptr
                | abi::Pointer
                | abi::Chan
                | abi::UnsafePointer,
                8,
            ) => keyAlg::mem64,
            (abi::Int32 | abi::Uint32, 4) => keyAlg::mem32,
            (abi::String, _) => keyAlg::str,
            _ => keyAlg::generic,
        }
    }
}

impl mapLayout {
    #[inline(always)]
    unsafe fn of(t: *const MapType) -> mapLayout {
        let key = (*t).key;
        let elem = (*t).typ.elem;
        let (keysize, elemsize) = ((*key).size, (*elem).size);
        let bucketsize = dataOffset + bucketCnt * (keysize + elemsize) + 8;
        mapLayout { t, key, elem, keysize, elemsize, bucketsize, alg: keyAlg::of(key) }
    }
    /// Bucket i of the array at base.
    #[inline(always)]
    unsafe fn bucket(&self, base: *mut bmap, i: usize) -> *mut bmap {
        (base as *mut u8).add(i * self.bucketsize) as *mut bmap
    }
    #[inline(always)]
    unsafe fn overflow(&self, b: *mut bmap) -> *mut bmap {
        *((b as *mut u8).add(self.bucketsize - 8) as *mut *mut bmap)
    }
    #[inline(always)]
    unsafe fn setoverflow(&self, b: *mut bmap, ovf: *mut bmap) {
        *((b as *mut u8).add(self.bucketsize - 8) as *mut *mut bmap) = ovf;
    }
    #[inline(always)]
    unsafe fn keyAt(&self, b: *mut bmap, i: usize) -> *mut u8 {
        (b as *mut u8).add(dataOffset + i * self.keysize)
    }
    #[inline(always)]
    unsafe fn elemAt(&self, b: *mut bmap, i: usize) -> *mut u8 {
        (b as *mut u8).add(dataOffset + bucketCnt * self.keysize + i * self.elemsize)
    }
    #[inline(always)]
    unsafe fn hasher(&self, key: *const u8, seed: u32) -> usize {
        let seed = seed as u64;
        (match self.alg {
            keyAlg::mem64 => memhash64(*(key as *const u64), seed),
            keyAlg::mem32 => memhash32(*(key as *const u32), seed),
            keyAlg::str => strhash(key, seed),
            keyAlg::generic => typehash(self.key, key, seed),
        }) as usize
    }
    #[inline(always)]
    unsafe fn equal(&self, a: *const u8, b: *const u8) -> bool {
        match self.alg {
            keyAlg::mem64 => *(a as *const u64) == *(b as *const u64),
            keyAlg::mem32 => *(a as *const u32) == *(b as *const u32),
            keyAlg::str => strequal(a, b),
            keyAlg::generic => typeequal(self.key, a, b),
        }
    }
    /// Whether assigning to an existing key must store the new key (gc:
    /// `t.NeedKeyUpdate()`): strings, floats, interfaces...
    #[inline(always)]
    unsafe fn needkeyupdate(&self) -> bool {
        match self.alg {
            keyAlg::mem64 | keyAlg::mem32 => false,
            keyAlg::str => true,
            keyAlg::generic => needKeyUpdate(self.key),
        }
    }
    /// Whether k == k for every key (gc: `t.ReflexiveKey()`): false when a
    /// NaN can hide inside.
    #[inline(always)]
    unsafe fn reflexivekey(&self) -> bool {
        self.alg != keyAlg::generic || isReflexive(self.key)
    }
    /// Copies a key into a bucket slot.
    #[inline(always)]
    unsafe fn storeKey(&self, dst: *mut u8, src: *const u8) {
        typedmemmove(self.key, dst, src);
    }
}

/// Reports whether the given tophash array entry represents an empty bucket entry.
#[inline(always)]
fn isEmpty(x: u8) -> bool {
    x <= emptyOne
}

/// Returns 1<<b.
#[inline(always)]
fn bucketShift(b: u8) -> usize {
    1usize << (b & (usize::BITS as u8 - 1))
}

/// Returns 1<<b - 1.
#[inline(always)]
fn bucketMask(b: u8) -> usize {
    bucketShift(b) - 1
}

/// Calculates the tophash value for hash.
#[inline(always)]
fn tophash(hash: usize) -> u8 {
    let mut top = (hash >> (usize::BITS - 8)) as u8;
    if top < minTopHash {
        top += minTopHash;
    }
    top
}

#[inline(always)]
unsafe fn evacuated(b: *mut bmap) -> bool {
    let h = (*b).tophash[0];
    h > emptyOne && h < minTopHash
}

impl hmap {
    /// Increments noverflow, which counts overflow buckets exactly while
    /// there are few buckets and approximately (with probability
    /// 1/(1<<(B-15))) when there are many: it only has to reach 1<<15.
    unsafe fn incrnoverflow(&mut self) {
        if self.B < 16 {
            self.noverflow += 1;
            return;
        }
        let mask = (1u32 << (self.B - 15)) - 1;
        if cheaprand() & mask == 0 {
            self.noverflow += 1;
        }
    }

    /// Chains a new overflow bucket after b: a preallocated one if any is
    /// left (see makeBucketArray), else a new allocation.
    unsafe fn newoverflow(&mut self, l: &mapLayout, b: *mut bmap) -> *mut bmap {
        let ovf;
        if !self.nextOverflow.is_null() {
            ovf = self.nextOverflow;
            if l.overflow(ovf).is_null() {
                // We're not at the end of the preallocated overflow buckets. Bump the pointer.
                self.nextOverflow = l.bucket(ovf, 1);
            } else {
                // This is the last preallocated overflow bucket. Reset the
                // overflow pointer on this bucket, which was set to a
                // non-nil sentinel value.
                l.setoverflow(ovf, null_mut());
                self.nextOverflow = null_mut();
            }
        } else {
            ovf = mallocgc(l.bucketsize, bucketOf(l), 1) as *mut bmap;
        }
        self.incrnoverflow();
        l.setoverflow(b, ovf);
        ovf
    }

    /// Reports whether the map is growing (to the same size or bigger).
    #[inline(always)]
    fn growing(&self) -> bool {
        !self.oldbuckets.is_null()
    }

    /// Reports whether the current growth is to a map of the same size.
    #[inline(always)]
    fn sameSizeGrow(&self) -> bool {
        self.flags & sameSizeGrow != 0
    }

    /// The number of buckets before the current growth.
    fn noldbuckets(&self) -> usize {
        let mut oldB = self.B;
        if !self.sameSizeGrow() {
            oldB -= 1;
        }
        bucketShift(oldB)
    }

    /// A mask for n % noldbuckets().
    fn oldbucketmask(&self) -> usize {
        self.noldbuckets() - 1
    }
}

/// Reports whether count items placed in 1<<B buckets is over loadFactor.
fn overLoadFactor(count: isize, B: u8) -> bool {
    count > bucketCnt as isize && count as usize > loadFactorNum * (bucketShift(B) / loadFactorDen)
}

/// Reports whether noverflow buckets is too many for a map with 1<<B
/// buckets: (approximately) as many overflow buckets as regular ones.
fn tooManyOverflowBuckets(noverflow: u16, B: u8) -> bool {
    let B = B.min(15);
    noverflow >= 1u16 << (B & 15)
}

/// Implements `make(map[k]v, hint)`: a map sized for hint entries. h, if
/// not null, is a zeroed hmap to initialize (the compiler may place it in
/// the caller's frame). A negative or absurd hint counts as 0, as in gc.
/// Go: `makemap`.
#[unsafe(export_name = "runtime.makemap")]
pub unsafe extern "C" fn makemap(t: *const MapType, hint: isize, h: *mut hmap) -> *mut hmap {
    let l = mapLayout::of(t);
    let mut hint = hint;
    if hint < 0 || (hint as usize).checked_mul(l.bucketsize).is_none_or(|mem| mem > maxAlloc) {
        hint = 0;
    }

    // Initialize Hmap.
    let h = if h.is_null() { newobject(&raw const hmapType) as *mut hmap } else { h };
    (*h).hash0 = rand() as u32;

    // Find the size parameter B which will hold the requested # of elements.
    let mut B = 0;
    while overLoadFactor(hint, B) {
        B += 1;
    }
    (*h).B = B;

    // Allocate the initial hash table. If B == 0, the buckets field is
    // allocated lazily later (in mapassign).
    if B != 0 {
        let (buckets, nextOverflow) = makeBucketArray(&l, B);
        (*h).buckets = buckets;
        (*h).nextOverflow = nextOverflow;
    }
    h
}

/// Allocates a bucket array for 1<<b buckets, plus (for b >= 4) some spare
/// overflow buckets at its end, as many as fill the allocation's size
/// class. Returns the array and the first spare bucket (or null).
/// Go: `makeBucketArray`.
unsafe fn makeBucketArray(l: &mapLayout, b: u8) -> (*mut bmap, *mut bmap) {
    let base = bucketShift(b);
    let mut nbuckets = base;
    // For small b, overflow buckets are unlikely. Avoid the overhead of the
    // calculation.
    if b >= 4 {
        // Add on the estimated number of overflow buckets required to insert
        // the median number of elements used with this value of b.
        nbuckets += bucketShift(b - 4);
        let sz = l.bucketsize * nbuckets;
        let up = roundupsize(sz, false);
        if up != sz {
            nbuckets = up / l.bucketsize;
        }
    }
    let buckets = mallocgc(l.bucketsize * nbuckets, bucketOf(l), 1) as *mut bmap;
    let mut nextOverflow = null_mut();
    if base != nbuckets {
        // We preallocated some overflow buckets. To keep the overhead of
        // tracking them minimal, a preallocated bucket whose overflow pointer
        // is nil means more follow it; the last one needs a safe non-nil
        // sentinel: the array itself.
        nextOverflow = l.bucket(buckets, base);
        let last = l.bucket(buckets, nbuckets - 1);
        l.setoverflow(last, buckets);
    }
    (buckets, nextOverflow)
}

/// The bucket to search for a key with this hash: in the old array if the
/// map is growing and the key's old bucket is not yet evacuated.
#[inline(always)]
unsafe fn lookupBucket(l: &mapLayout, h: *mut hmap, hash: usize) -> *mut bmap {
    let mut m = bucketMask((*h).B);
    let b = l.bucket((*h).buckets, hash & m);
    let c = (*h).oldbuckets;
    if !c.is_null() {
        if !(*h).sameSizeGrow() {
            // There used to be half as many buckets; mask down one more power of two.
            m >>= 1;
        }
        let oldb = l.bucket(c, hash & m);
        if !evacuated(oldb) {
            return oldb;
        }
    }
    b
}

/// Finds key in h: the addresses of the stored key and its elem, or null.
/// Go: the loop shared by mapaccess1, mapaccess2 and mapaccessK.
///
/// The slot loops in this file walk (bucket, slot) as one loop, not as
/// gc's nested `for ; b != nil; b = b.overflow(t) { for i := 0; i < 8; i++`:
/// LLVM unrolls an inner loop of 8 into 8 copies of the key comparison,
/// which made each map function about a kilobyte bigger.
#[inline(never)]
unsafe fn mapaccess(l: &mapLayout, h: *mut hmap, key: *const u8) -> (*mut u8, *mut u8) {
    let hash = l.hasher(key, (*h).hash0);
    let mut b = lookupBucket(l, h, hash);
    let top = tophash(hash);
    let mut i = 0;
    while !b.is_null() {
        let th = (*b).tophash[i];
        if th == top {
            let k = l.keyAt(b, i);
            if l.equal(key, k) {
                return (k, l.elemAt(b, i));
            }
        } else if th == emptyRest {
            break;
        }
        i += 1;
        if i == bucketCnt {
            i = 0;
            b = l.overflow(b);
        }
    }
    (null_mut(), null_mut())
}

/// What a lookup of a missing key returns: zeroed memory of at least size
/// bytes, never written. Go: `zeroVal` (gc's compiler switches to the
/// `_fat` variants, which take their own zero value, above 1024 bytes; here
/// the runtime allocates a bigger zero area the first time one is needed).
unsafe fn zeroptr(size: usize) -> *mut u8 {
    if size <= maxZero {
        return &raw mut zeroVal as *mut u8;
    }
    if size > zeroBigSize {
        let n = size.next_power_of_two();
        zeroBig = mallocgc(n, core::ptr::null(), 1);
        zeroBigSize = n;
    }
    zeroBig
}

const maxZero: usize = 1024;
/// Also where compiled code points an interface boxing a zero string or a
/// nil slice (gc's convTstring/convTslice), so it is exported.
#[unsafe(export_name = "runtime.zeroVal")]
static mut zeroVal: [u8; maxZero] = [0; maxZero];
static mut zeroBig: *mut u8 = null_mut();
static mut zeroBigSize: usize = 0;

/// Implements `v := m[key]`: a pointer to the elem for key, or to a zero
/// elem if key is missing (or m is nil). Never null. The pointer must not
/// be kept across map writes. Go: `mapaccess1`.
#[unsafe(export_name = "runtime.mapaccess1")]
pub unsafe extern "C" fn mapaccess1(t: *const MapType, h: *mut hmap, key: *const u8) -> *mut u8 {
    let l = mapLayout::of(t);
    if h.is_null() || (*h).count == 0 {
        if hashMightPanic(l.key) {
            mapKeyError(l.key, key); // see issue 23734
        }
        return zeroptr(l.elemsize);
    }
    if (*h).flags & hashWriting != 0 {
        fatal("concurrent map read and map write");
    }
    let (k, e) = mapaccess(&l, h, key);
    if k.is_null() { zeroptr(l.elemsize) } else { e }
}

/// The two results of `runtime.mapaccess2`, returned in AX and DX.
#[repr(C)]
pub struct mapaccess2Result {
    pub elem: *mut u8,
    /// 1 if the key was present, else 0 (the whole of DX is defined).
    pub ok: u64,
}

/// Implements `v, ok := m[key]`. Go: `mapaccess2`.
#[unsafe(export_name = "runtime.mapaccess2")]
pub unsafe extern "C" fn mapaccess2(t: *const MapType, h: *mut hmap, key: *const u8) -> mapaccess2Result {
    let l = mapLayout::of(t);
    if h.is_null() || (*h).count == 0 {
        if hashMightPanic(l.key) {
            mapKeyError(l.key, key); // see issue 23734
        }
        return mapaccess2Result { elem: zeroptr(l.elemsize), ok: 0 };
    }
    if (*h).flags & hashWriting != 0 {
        fatal("concurrent map read and map write");
    }
    let (k, e) = mapaccess(&l, h, key);
    if k.is_null() {
        mapaccess2Result { elem: zeroptr(l.elemsize), ok: 0 }
    } else {
        mapaccess2Result { elem: e, ok: 1 }
    }
}

/// Returns both the stored key and elem, or nulls. Used by the iterator.
/// Go: `mapaccessK`.
unsafe fn mapaccessK(l: &mapLayout, h: *mut hmap, key: *const u8) -> (*mut u8, *mut u8) {
    if h.is_null() || (*h).count == 0 {
        return (null_mut(), null_mut());
    }
    mapaccess(l, h, key)
}

/// The error value of an assignment to a nil map's entry (gc:
/// `plainError("assignment to entry in nil map")`).
struct plainError(stringStruct);
unsafe impl Sync for plainError {}
static nilMapError: plainError = plainError(stringStruct {
    str: "assignment to entry in nil map".as_ptr(),
    len: "assignment to entry in nil map".len() as isize,
});

/// Like mapaccess, but allocates a slot for the key if it is not present in
/// the map: implements `m[key] = v` (the caller stores v through the
/// returned pointer). A nil map panics with `assignment to entry in nil
/// map`. Go: `mapassign`.
#[unsafe(export_name = "runtime.mapassign")]
pub unsafe extern "C" fn mapassign(t: *const MapType, h: *mut hmap, key: *const u8) -> *mut u8 {
    if h.is_null() {
        let e = eface { _type: &raw const plainErrorType, data: &raw const nilMapError.0 as *mut u8 };
        crate::panic::panicAt(e, 0, crate::stubs::getfp(), false);
    }
    let l = mapLayout::of(t);
    let h = &mut *h;
    if h.flags & hashWriting != 0 {
        fatal("concurrent map writes");
    }
    let hash = l.hasher(key, h.hash0);

    // Set hashWriting after calling the hasher, since it may panic, in
    // which case we have not actually done a write.
    h.flags ^= hashWriting;

    if h.buckets.is_null() {
        h.buckets = mallocgc(l.bucketsize, bucketOf(&l), 1) as *mut bmap; // newarray(t.bucket, 1)
    }

    let elem = 'again: loop {
        let bucket = hash & bucketMask(h.B);
        if h.growing() {
            growWork(&l, h, bucket);
        }
        let mut b = l.bucket(h.buckets, bucket);
        let top = tophash(hash);

        let mut inserti: *mut u8 = null_mut();
        let mut insertk: *mut u8 = null_mut();
        let mut elem: *mut u8 = null_mut();
        let mut i = 0;
        loop {
            let th = (*b).tophash[i];
            if th == top {
                let k = l.keyAt(b, i);
                if l.equal(key, k) {
                    // Already have a mapping for key. Update it.
                    if l.needkeyupdate() {
                        l.storeKey(k, key);
                    }
                    break 'again l.elemAt(b, i);
                }
            } else {
                if isEmpty(th) && inserti.is_null() {
                    inserti = &raw mut (*b).tophash[i];
                    insertk = l.keyAt(b, i);
                    elem = l.elemAt(b, i);
                }
                if th == emptyRest {
                    break;
                }
            }
            i += 1;
            if i == bucketCnt {
                let ovf = l.overflow(b);
                if ovf.is_null() {
                    break;
                }
                b = ovf;
                i = 0;
            }
        }

        // Did not find mapping for key. Allocate new cell & add entry.

        // If we hit the max load factor or we have too many overflow
        // buckets, and we're not already in the middle of growing, start
        // growing.
        if !h.growing() && (overLoadFactor(h.count + 1, h.B) || tooManyOverflowBuckets(h.noverflow, h.B)) {
            hashGrow(&l, h);
            continue 'again; // Growing the table invalidates everything, so try again
        }

        if inserti.is_null() {
            // The current bucket and all the overflow buckets connected to
            // it are full, allocate a new one.
            let newb = h.newoverflow(&l, b);
            inserti = &raw mut (*newb).tophash[0];
            insertk = l.keyAt(newb, 0);
            elem = l.elemAt(newb, 0);
        }

        // Store new key at insert position.
        l.storeKey(insertk, key);
        *inserti = top;
        h.count += 1;
        break elem;
    };

    if h.flags & hashWriting == 0 {
        fatal("concurrent map writes");
    }
    h.flags &= !hashWriting;
    elem
}

/// Implements `delete(m, key)`; deleting from a nil map or a missing key
/// does nothing. Go: `mapdelete`.
#[unsafe(export_name = "runtime.mapdelete")]
pub unsafe extern "C" fn mapdelete(t: *const MapType, h: *mut hmap, key: *const u8) {
    let l = mapLayout::of(t);
    if h.is_null() || (*h).count == 0 {
        if hashMightPanic(l.key) {
            mapKeyError(l.key, key); // see issue 23734
        }
        return;
    }
    let h = &mut *h;
    if h.flags & hashWriting != 0 {
        fatal("concurrent map writes");
    }

    let hash = l.hasher(key, h.hash0);

    // Set hashWriting after calling the hasher, since it may panic, in
    // which case we have not actually done a write (delete).
    h.flags ^= hashWriting;

    let bucket = hash & bucketMask(h.B);
    if h.growing() {
        growWork(&l, h, bucket);
    }
    let mut b = l.bucket(h.buckets, bucket);
    let bOrig = b;
    let top = tophash(hash);
    let mut i = 0;
    while !b.is_null() {
        let th = (*b).tophash[i];
        if th == emptyRest {
            break;
        }
        let k = l.keyAt(b, i);
        if th == top && l.equal(key, k) {
            // Only clear key if there are pointers in it.
            if (*l.key).ptr_bytes != 0 {
                core::ptr::write_bytes(k, 0, l.keysize);
            }
            core::ptr::write_bytes(l.elemAt(b, i), 0, l.elemsize);
            (*b).tophash[i] = emptyOne;
            // If the bucket now ends in a bunch of emptyOne states, change
            // those to emptyRest states.
            let notLast = if i == bucketCnt - 1 {
                let ovf = l.overflow(b);
                !ovf.is_null() && (*ovf).tophash[0] != emptyRest
            } else {
                (*b).tophash[i + 1] != emptyRest
            };
            if !notLast {
                loop {
                    (*b).tophash[i] = emptyRest;
                    if i == 0 {
                        if b == bOrig {
                            break; // beginning of initial bucket, we're done.
                        }
                        // Find previous bucket, continue at its last entry.
                        let c = b;
                        b = bOrig;
                        while l.overflow(b) != c {
                            b = l.overflow(b);
                        }
                        i = bucketCnt - 1;
                    } else {
                        i -= 1;
                    }
                    if (*b).tophash[i] != emptyOne {
                        break;
                    }
                }
            }
            h.count -= 1;
            // Reset the hash seed to make it more difficult for attackers
            // to repeatedly trigger hash collisions. See issue 25237.
            if h.count == 0 {
                h.hash0 = rand() as u32;
            }
            break;
        }
        i += 1;
        if i == bucketCnt {
            i = 0;
            b = l.overflow(b);
        }
    }

    if h.flags & hashWriting == 0 {
        fatal("concurrent map writes");
    }
    h.flags &= !hashWriting;
}

/// Starts `for k, v := range m`: fills in the caller's hiter and moves to
/// the first entry (`it.key` stays null if there is none). The start is a
/// random bucket and a random offset within each bucket. Go: `mapiterinit`.
#[unsafe(export_name = "runtime.mapiterinit")]
pub unsafe extern "C" fn mapiterinit(t: *const MapType, h: *mut hmap, it: *mut hiter) {
    *it = hiter {
        key: null_mut(),
        elem: null_mut(),
        t,
        h,
        buckets: null_mut(),
        bptr: null_mut(),
        startBucket: 0,
        offset: 0,
        wrapped: false,
        B: 0,
        i: 0,
        bucket: 0,
        checkBucket: 0,
    };
    if h.is_null() || (*h).count == 0 {
        return;
    }
    let it = &mut *it;
    let h = &mut *h;

    // Grab snapshot of bucket state.
    it.B = h.B;
    it.buckets = h.buckets;

    // Decide where to start.
    let r = rand() as usize;
    it.startBucket = r & bucketMask(h.B);
    it.offset = (r >> h.B & (bucketCnt - 1)) as u8;

    // Iterator state.
    it.bucket = it.startBucket;

    // Remember we have an iterator.
    h.flags |= iterator | oldIterator;

    mapiternext(it);
}

/// Moves the iteration to the next entry: `it.key` and `it.elem` point to
/// it, or `it.key` is null when the iteration is over. Go: `mapiternext`.
#[unsafe(export_name = "runtime.mapiternext")]
pub unsafe extern "C" fn mapiternext(it: *mut hiter) {
    let it = &mut *it;
    let h = &mut *it.h;
    if h.flags & hashWriting != 0 {
        fatal("concurrent map iteration and map write");
    }
    let l = mapLayout::of(it.t);
    let mut bucket = it.bucket;
    let mut b = it.bptr;
    let mut i = it.i as usize;
    let mut checkBucket = it.checkBucket;
    // Whether k == k for every key: computed when first needed.
    let mut reflexive: Option<bool> = None;
    let mut reflexivekey = || *reflexive.get_or_insert_with(|| l.reflexivekey());

    loop {
        if b.is_null() {
            if bucket == it.startBucket && it.wrapped {
                // End of iteration.
                it.key = null_mut();
                it.elem = null_mut();
                return;
            }
            if h.growing() && it.B == h.B {
                // Iterator was started in the middle of a grow, and the grow
                // isn't done yet. If the bucket we're looking at hasn't been
                // filled in yet (i.e. the old bucket hasn't been evacuated)
                // then we need to iterate through the old bucket and only
                // return the ones that will be migrated to this bucket.
                let oldbucket = bucket & h.oldbucketmask();
                b = l.bucket(h.oldbuckets, oldbucket);
                if !evacuated(b) {
                    checkBucket = bucket;
                } else {
                    b = l.bucket(it.buckets, bucket);
                    checkBucket = noCheck;
                }
            } else {
                b = l.bucket(it.buckets, bucket);
                checkBucket = noCheck;
            }
            bucket += 1;
            if bucket == bucketShift(it.B) {
                bucket = 0;
                it.wrapped = true;
            }
            i = 0;
        }
        while i < bucketCnt {
            let offi = (i + it.offset as usize) & (bucketCnt - 1);
            let top = (*b).tophash[offi];
            if isEmpty(top) || top == evacuatedEmpty {
                // emptyRest is hard to use here, as we start iterating in
                // the middle of a bucket. It's feasible, just tricky.
                i += 1;
                continue;
            }
            let k = l.keyAt(b, offi);
            let e = l.elemAt(b, offi);
            if checkBucket != noCheck && !h.sameSizeGrow() {
                // Special case: iterator was started during a grow to a
                // larger size and the grow is not done yet. We're working on
                // a bucket whose oldbucket has not been evacuated yet. So
                // we're iterating through the oldbucket, skipping any keys
                // that will go to the other new bucket (each oldbucket
                // expands to two buckets during a grow).
                if reflexivekey() || l.equal(k, k) {
                    // If the item in the oldbucket is not destined for the
                    // current new bucket in the iteration, skip it.
                    let hash = l.hasher(k, h.hash0);
                    if hash & bucketMask(it.B) != checkBucket {
                        i += 1;
                        continue;
                    }
                } else {
                    // Hash isn't repeatable if k != k (NaNs). We need a
                    // repeatable and randomish choice of which direction to
                    // send NaNs during evacuation. We'll use the low bit of
                    // tophash to decide which way NaNs go.
                    if checkBucket >> (it.B - 1) != (top & 1) as usize {
                        i += 1;
                        continue;
                    }
                }
            }
            if (top != evacuatedX && top != evacuatedY) || !(reflexivekey() || l.equal(k, k)) {
                // This is the golden data, we can return it. OR key!=key, so
                // the entry can't be deleted or updated, so we can just
                // return it. That's lucky for us because when key!=key we
                // can't look it up successfully.
                it.key = k;
                it.elem = e;
            } else {
                // The hash table has grown since the iterator was started.
                // The golden data for this key is now somewhere else. Check
                // the current hash table for the data. This handles the case
                // where the key has been deleted, updated, or deleted and
                // reinserted. NOTE: we need to regrab the key as it has
                // potentially been updated to an equal() but not identical
                // key (e.g. +0.0 vs -0.0).
                let (rk, re) = mapaccessK(&l, h, k);
                if rk.is_null() {
                    i += 1;
                    continue; // key has been deleted
                }
                it.key = rk;
                it.elem = re;
            }
            it.bucket = bucket;
            it.bptr = b;
            it.i = (i + 1) as u8;
            it.checkBucket = checkBucket;
            return;
        }
        b = l.overflow(b);
        i = 0;
    }
}

/// Starts growing: allocates the new bucket array (twice as big, or the
/// same size to compact after many deletions) and moves the current one to
/// oldbuckets. The entries move later, a few buckets per write (growWork).
/// Go: `hashGrow`.
unsafe fn hashGrow(l: &mapLayout, h: &mut hmap) {
    // If we've hit the load factor, get bigger. Otherwise, there are too
    // many overflow buckets, so keep the same number of buckets and "grow"
    // laterally.
    let mut bigger = 1;
    if !overLoadFactor(h.count + 1, h.B) {
        bigger = 0;
        h.flags |= sameSizeGrow;
    }
    let oldbuckets = h.buckets;
    let (newbuckets, nextOverflow) = makeBucketArray(l, h.B + bigger);

    let mut flags = h.flags & !(iterator | oldIterator);
    if h.flags & iterator != 0 {
        flags |= oldIterator;
    }
    // Commit the grow.
    h.B += bigger;
    h.flags = flags;
    h.oldbuckets = oldbuckets;
    h.buckets = newbuckets;
    h.nevacuate = 0;
    h.noverflow = 0;
    // The spare overflow buckets of the old array stay with it.
    h.nextOverflow = nextOverflow;

    // The actual copying of the hash table data is done incrementally by
    // growWork() and evacuate().
}

/// Evacuates the old bucket that `bucket` is about to use, and one more to
/// make progress on growing. Go: `growWork`.
unsafe fn growWork(l: &mapLayout, h: &mut hmap, bucket: usize) {
    // Make sure we evacuate the oldbucket corresponding to the bucket we're
    // about to use.
    evacuate(l, h, bucket & h.oldbucketmask());

    // Evacuate one more oldbucket to make progress on growing.
    if h.growing() {
        evacuate(l, h, h.nevacuate);
    }
}

unsafe fn bucketEvacuated(l: &mapLayout, h: &hmap, bucket: usize) -> bool {
    evacuated(l.bucket(h.oldbuckets, bucket))
}

/// An evacuation destination. Go: `evacDst`.
#[derive(Clone, Copy)]
struct evacDst {
    /// Current destination bucket.
    b: *mut bmap,
    /// Key/elem index into b.
    i: usize,
}

/// Moves the entries of old bucket oldbucket (and its overflow chain) to
/// the new array: to bucket oldbucket ("X") or, when the table doubled,
/// oldbucket+newbit ("Y") by the hash's next bit. The old slots are marked
/// evacuatedX/Y (an iterator still walking the old array needs to know
/// where an entry went). Go: `evacuate`.
unsafe fn evacuate(l: &mapLayout, h: &mut hmap, oldbucket: usize) {
    let mut b = l.bucket(h.oldbuckets, oldbucket);
    let newbit = h.noldbuckets();
    if !evacuated(b) {
        // xy contains the x and y (low and high) evacuation destinations.
        let mut xy = [evacDst { b: l.bucket(h.buckets, oldbucket), i: 0 }, evacDst { b: null_mut(), i: 0 }];
        if !h.sameSizeGrow() {
            // Only calculate y pointers if we're growing bigger.
            xy[1].b = l.bucket(h.buckets, oldbucket + newbit);
        }
        let mut reflexive: Option<bool> = None;

        let mut i = 0;
        while !b.is_null() {
            'slot: {
                let mut top = (*b).tophash[i];
                if isEmpty(top) {
                    (*b).tophash[i] = evacuatedEmpty;
                    break 'slot;
                }
                if top < minTopHash {
                    throw("bad map state");
                }
                let k = l.keyAt(b, i);
                let e = l.elemAt(b, i);
                let mut useY = 0;
                if !h.sameSizeGrow() {
                    // Compute hash to make our evacuation decision (whether
                    // we need to send this key/elem to bucket x or bucket y).
                    let hash = l.hasher(k, h.hash0);
                    if h.flags & iterator != 0 && !*reflexive.get_or_insert_with(|| l.reflexivekey()) && !l.equal(k, k)
                    {
                        // If key != key (NaNs), then the hash could be (and
                        // probably will be) entirely different from the old
                        // hash. Moreover, it isn't reproducible.
                        // Reproducibility is required in the presence of
                        // iterators, as our evacuation decision must match
                        // whatever decision the iterator made. Fortunately,
                        // we have the freedom to send these keys either way.
                        // Also, tophash is meaningless for these kinds of
                        // keys. We let the low bit of tophash drive the
                        // evacuation decision. We recompute a new random
                        // tophash for the next level so these keys will get
                        // evenly distributed across all buckets after
                        // multiple grows.
                        useY = (top & 1) as usize;
                        top = tophash(hash);
                    } else if hash & newbit != 0 {
                        useY = 1;
                    }
                }

                const { assert!(evacuatedX + 1 == evacuatedY && evacuatedX ^ 1 == evacuatedY) };

                (*b).tophash[i] = evacuatedX + useY as u8; // evacuatedX + 1 == evacuatedY
                let dst = &mut xy[useY]; // evacuation destination

                if dst.i == bucketCnt {
                    dst.b = h.newoverflow(l, dst.b);
                    dst.i = 0;
                }
                (*dst.b).tophash[dst.i & (bucketCnt - 1)] = top;
                l.storeKey(l.keyAt(dst.b, dst.i), k);
                typedmemmove(l.elem, l.elemAt(dst.b, dst.i), e);
                dst.i += 1;
            }
            i += 1;
            if i == bucketCnt {
                i = 0;
                b = l.overflow(b);
            }
        }
        // Unlink the overflow buckets & clear key/elem to help GC.
        if h.flags & oldIterator == 0 && ((*l.key).ptr_bytes != 0 || (*l.elem).ptr_bytes != 0) {
            let b = l.bucket(h.oldbuckets, oldbucket) as *mut u8;
            // Preserve b.tophash because the evacuation state is maintained there.
            core::ptr::write_bytes(b.add(dataOffset), 0, l.bucketsize - dataOffset);
        }
    }

    if oldbucket == h.nevacuate {
        advanceEvacuationMark(l, h, newbit);
    }
}

/// Moves `nevacuate` past the evacuated old buckets; when all are, the
/// growth is over and the old array is dropped. Go: `advanceEvacuationMark`.
unsafe fn advanceEvacuationMark(l: &mapLayout, h: &mut hmap, newbit: usize) {
    h.nevacuate += 1;
    // Experiments suggest that 1024 is overkill by at least an order of
    // magnitude. Put it in there as a safeguard anyway, to ensure O(1)
    // behavior.
    let stop = (h.nevacuate + 1024).min(newbit);
    while h.nevacuate != stop && bucketEvacuated(l, h, h.nevacuate) {
        h.nevacuate += 1;
    }
    if h.nevacuate == newbit {
        // newbit == # of oldbuckets. Growing is all done. Free old main
        // bucket array.
        h.oldbuckets = null_mut();
        h.flags &= !sameSizeGrow;
    }
}

// ---------------------------------------------------------------------------
// Bucket types. gc's compiler emits, for each map type, the type of its
// buckets (`map.bucket[K]V`), which the allocator and the collector use to
// find the pointers in a bucket. gocc's MapType does not carry one, so the
// runtime builds it the first time a map of that type allocates buckets and
// keeps it in a small open-addressing table keyed by the MapType's address.
// gocc runs one M and runtime code is never preempted, so the table needs
// no lock.

/// The cache of bucket types: `bucketTypesLen` slots (a power of two, or 0).
static mut bucketTypes: *mut (*const MapType, *const Type) = null_mut();
static mut bucketTypesLen: usize = 0;
static mut bucketTypesUsed: usize = 0;

/// The descriptor of one cache entry (two pointers), so that a collector
/// keeps the bucket types alive.
static bucketTypeEntryType: Type = Type {
    size: 16,
    ptr_bytes: 16,
    hash: 0,
    tflag: 0,
    align: 8,
    field_align: 8,
    kind: abi::Struct,
    equal: 0,
    gcdata: &0b11,
    str: "runtime.bucketTypeEntry".as_ptr(),
    str_len: "runtime.bucketTypeEntry".len(),
    elem: core::ptr::null(),
};

/// The bucket type of l's map type. Go: `t.Bucket`.
#[inline(never)]
unsafe fn bucketOf(l: &mapLayout) -> *const Type {
    if (bucketTypesUsed + 1) * 2 > bucketTypesLen {
        growBucketTypes();
    }
    let mask = bucketTypesLen - 1;
    let mut i = bucketTypeSlot(l.t) & mask;
    loop {
        let slot = bucketTypes.add(i);
        if (*slot).0 == l.t {
            return (*slot).1;
        }
        if (*slot).0.is_null() {
            let bt = makeBucketType(l);
            *slot = (l.t, bt);
            bucketTypesUsed += 1;
            return bt;
        }
        i = (i + 1) & mask;
    }
}

/// The preferred slot of t in the cache.
fn bucketTypeSlot(t: *const MapType) -> usize {
    (t as usize >> 3).wrapping_mul(0x9e37_79b9_7f4a_7c15) >> 32
}

/// Doubles the cache (or creates it) and reinserts its entries.
#[cold]
unsafe fn growBucketTypes() {
    let (old, oldLen) = (bucketTypes, bucketTypesLen);
    let newLen = if oldLen == 0 { 16 } else { oldLen * 2 };
    let entry = size_of::<(*const MapType, *const Type)>();
    bucketTypes = mallocgc(newLen * entry, &raw const bucketTypeEntryType, 1) as *mut (*const MapType, *const Type);
    bucketTypesLen = newLen;
    for j in 0..oldLen {
        let e = *old.add(j);
        if !e.0.is_null() {
            let mut i = bucketTypeSlot(e.0) & (newLen - 1);
            while !(*bucketTypes.add(i)).0.is_null() {
                i = (i + 1) & (newLen - 1);
            }
            *bucketTypes.add(i) = e;
        }
    }
}

/// Builds the type of l's buckets: a struct of `bucketsize` bytes named
/// `map.bucket[K]V`, whose pointer bitmap has the keys' and elems' pointer
/// words and the overflow pointer. One allocation holds the descriptor, its
/// bitmap and its name.
#[inline(never)]
unsafe fn makeBucketType(l: &mapLayout) -> *const Type {
    let words = l.bucketsize / 8;
    let nbitmap = words.div_ceil(8);
    let (kname, ename) = (typestring(l.key), typestring(l.elem));
    let name: [&[u8]; 4] = [b"map.bucket[", kname, b"]", ename];
    let nname: usize = name.iter().map(|s| s.len()).sum();
    let p = mallocgc(size_of::<Type>() + nbitmap + nname, core::ptr::null(), 1);
    let t = p as *mut Type;
    let gcdata = p.add(size_of::<Type>());
    let str = gcdata.add(nbitmap);
    let mut off = 0;
    for s in name {
        core::ptr::copy_nonoverlapping(s.as_ptr(), str.add(off), s.len());
        off += s.len();
    }
    let setbit = |w: usize| *gcdata.add(w / 8) |= 1 << (w % 8);
    // Copies typ's pointer bits into the bucket's bitmap for each of the
    // bucketCnt slots of size `size` starting at byte `base`. A type with
    // pointers is pointer-aligned, so its slots start at word boundaries.
    // (The slot loop's bound is not a constant, so that LLVM does not
    // unroll it eight times.)
    let slots = |typ: *const Type, base: usize, size: usize| {
        let ptrwords = (*typ).ptr_bytes / 8;
        if ptrwords == 0 || (*typ).gcdata.is_null() {
            return;
        }
        let mut off = base;
        while off < base + bucketCnt * size {
            for w in 0..ptrwords {
                if *(*typ).gcdata.add(w / 8) & (1 << (w % 8)) != 0 {
                    setbit(off / 8 + w);
                }
            }
            off += size;
        }
    };
    slots(l.key, dataOffset, l.keysize);
    slots(l.elem, dataOffset + bucketCnt * l.keysize, l.elemsize);
    setbit(words - 1); // the overflow pointer
    *t = Type {
        size: l.bucketsize,
        ptr_bytes: l.bucketsize,
        hash: 0,
        tflag: 0,
        align: 8,
        field_align: 8,
        kind: abi::Struct,
        equal: 0,
        gcdata,
        str,
        str_len: nname,
        elem: core::ptr::null(),
    };
    t
}
