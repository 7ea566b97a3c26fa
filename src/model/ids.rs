//! Record ids. Before the ledger they were counters per browser (the largest
//! id plus one), so two browsers' records could share one. A record made by a
//! ledger event takes an id drawn from that event's id instead ([`minting`]):
//! the same on every machine that replays the event, and, the event's id
//! being 128 random bits, shared with no record made by another event.

use std::cell::Cell;

thread_local! {
    /// While an event is applied: its seed and how many ids it has drawn.
    static MINT: Cell<Option<(u64, u64)>> = const { Cell::new(None) };
}

/// Minted ids sit between 2^32 and 2^53: above every counter and sample id
/// (`sample::SAMPLE_ID_BASE`), and exact as a JavaScript number.
const LOW: u64 = 1 << 32;
const SPAN: u64 = (1 << 53) - LOW;

/// FNV-1a (64 bits) of `bytes`, from `seed`.
pub fn fnv64(seed: u64, bytes: &[u8]) -> u64 {
    bytes.iter().fold(seed, |h, b| {
        (h ^ u64::from(*b)).wrapping_mul(0x0100_0000_01b3)
    })
}

/// The 64-bit FNV offset basis.
pub const FNV_BASIS: u64 = 0xcbf2_9ce4_8422_2325;

/// Run `f` with ids drawn from `event` (an event's id): the n-th id any
/// change inside asks for is the same on every replay.
pub fn minting<R>(event: &str, f: impl FnOnce() -> R) -> R {
    let before = MINT.replace(Some((fnv64(FNV_BASIS, event.as_bytes()), 0)));
    let out = f();
    MINT.set(before);
    out
}

/// A new record id not among `ids`: minted while an event is applied
/// ([`minting`]), else the largest plus one (data changed outside the ledger:
/// tests, the sample's own numbering).
pub fn next_id(ids: impl Iterator<Item = u64> + Clone) -> u64 {
    let Some((seed, mut n)) = MINT.get() else {
        return ids.max().map_or(1, |m| m + 1);
    };
    loop {
        let id = LOW + fnv64(seed, &n.to_le_bytes()) % SPAN;
        n += 1;
        if !ids.clone().any(|x| x == id) {
            MINT.set(Some((seed, n)));
            return id;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_drawn_from_an_event_repeat_on_replay_and_differ_between_events() {
        let a = minting("e1", || {
            (next_id([1, 2].into_iter()), next_id([1, 2].into_iter()))
        });
        let again = minting("e1", || {
            (next_id([1, 2].into_iter()), next_id([1, 2].into_iter()))
        });
        let b = minting("e2", || next_id([1, 2].into_iter()));
        assert_eq!(a, again);
        assert_ne!(a.0, a.1);
        assert_ne!(a.0, b);
        assert!(a.0 >= LOW && a.0 < 1 << 53);
        assert_eq!(
            next_id([1, 7].into_iter()),
            8,
            "outside an event: a counter"
        );
    }
}
