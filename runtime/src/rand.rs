//! The runtime's random numbers: each map's hash seed, the process-wide hash
//! key (alg.rs), the bucket and slot where a map iteration starts, and the
//! hash of a NaN key.
//!
//! Design: one wyrand generator (a 64-bit counter stepped by an odd constant,
//! each output the folded 128-bit product of the counter with a variant of
//! itself), seeded from the kernel with getrandom(2) the first time a random
//! number is needed. If getrandom fails (an old kernel, a seccomp filter),
//! the seed comes from the time-stamp counter, as gc falls back on the clock.
//! Seeding on first use also sets the hash key (alg.rs: `alginit`); the first
//! use always precedes every hash that a map keeps, because `makemap` draws
//! the new map's seed from `rand` before the map can hold a key.
//!
//! gc instead seeds in `schedinit` (`randinit`, then `alginit`) from the 16
//! bytes the kernel leaves in the auxiliary vector (AT_RANDOM), keeps a
//! ChaCha8 generator per M (`rand`) whose outputs do not reveal the next
//! ones, and a cheaper per-M wyrand (`cheaprand`) for the scheduler.
//! Rejected for gocc: ChaCha8 (the runtime needs numbers a program cannot
//! predict from its inputs, not secrets; wyrand is a few instructions); a
//! generator per M (gocc runs one M, and runtime code is never preempted, so
//! one unsynchronized state is safe); seeding in schedinit (one start-up
//! hook fewer to keep in step with proc.rs).
//!
//! Invariant: `randState` is only stepped after `randinit` ran.
//!
//! Go: src/runtime/rand.go.

use crate::alg::{alginit, mix};
use crate::sys_linux_amd64::getrandom;

static mut randState: u64 = 0;
static mut randInited: bool = false;

/// Seeds the generator and then the hash key. Go: `randinit`.
#[cold]
#[inline(never)]
unsafe fn randinit() {
    let mut seed = [0u8; 8];
    let n = getrandom(seed.as_mut_ptr(), seed.len());
    let mut s = u64::from_le_bytes(seed);
    if n != seed.len() as isize || s == 0 {
        s = readTimeRandom();
    }
    randState = s;
    randInited = true;
    alginit();
}

/// A seed from the time-stamp counter, when the kernel gives none.
/// Go: `readTimeRandom` (which uses nanotime).
fn readTimeRandom() -> u64 {
    let t = unsafe { core::arch::x86_64::_rdtsc() };
    mix(t ^ 0x9e37_79b9_7f4a_7c15, t.rotate_left(32) | 1) | 1
}

/// A uniformly distributed random 64-bit number. Go: `rand` (wyrand here,
/// as gc's `cheaprand`: https://github.com/wangyi-fudan/wyhash).
pub fn rand() -> u64 {
    unsafe {
        if !randInited {
            randinit();
        }
        randState = randState.wrapping_add(0xa076_1d64_78bd_642f);
        mix(randState, randState ^ 0xe703_7ed1_a0b4_28db)
    }
}

/// A random 32-bit number. Go: `cheaprand`.
pub fn cheaprand() -> u32 {
    rand() as u32
}
