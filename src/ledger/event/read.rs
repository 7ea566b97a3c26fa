//! Reading [`Facts`] from their stored text without serde's buffering of a
//! tagged enum: serde reads an internally tagged enum by first copying the
//! whole value into an intermediate tree, which for the data taken over as
//! it stood (half a long ledger's text) cost twice what reading the data
//! itself does. Here the kind, which this app writes first, is read, and
//! the rest goes straight to that kind's fields.
//!
//! Anything else is read as before: the kind elsewhere in the object (as a
//! `serde_json::Value` writes it, keys in order), through a value; a kind
//! this version does not know, or one whose fields it cannot read, kept
//! as it was ([`Facts::Unknown`]).

use std::cell::Cell;

use serde::de::value::{BorrowedStrDeserializer, MapDeserializer};
use serde::de::{
    self, DeserializeSeed, Deserializer, EnumAccess, IgnoredAny, MapAccess, VariantAccess, Visitor,
};
use serde::{Deserialize, forward_to_deserialize_any};
use serde_json::Value;
use serde_json::value::RawValue;

use super::{Facts, KINDS, Known};

thread_local! {
    /// Set by [`quickly`]: facts are read straight from the reader, the
    /// kind first, and anything else fails the whole reading.
    static QUICK: Cell<bool> = const { Cell::new(false) };
}

/// `f`'s reading of events, first without keeping each event's facts as
/// text to read them again (a quarter of the time a long ledger takes),
/// which works when every kind is known and written first, as this version
/// writes them; else, `f` again, the careful way.
///
/// # Errors
/// `f`'s error, read the careful way.
pub fn quickly<T, E>(f: impl Fn() -> Result<T, E>) -> Result<T, E> {
    QUICK.set(true);
    let quick = f();
    QUICK.set(false);
    quick.or_else(|_| f())
}

impl<'de> Deserialize<'de> for Facts {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Facts, D::Error> {
        if QUICK.get() {
            return d.deserialize_map(KindFirst);
        }
        // The value's text, kept to be read again if the quick way fails.
        let raw = Box::<RawValue>::deserialize(d)?;
        Ok(read(raw.get()))
    }
}

/// The facts `text` (one JSON value) holds.
fn read(text: &str) -> Facts {
    let mut quick = serde_json::Deserializer::from_str(text);
    if let Ok(f) = quick.deserialize_map(KindFirst) {
        return f;
    }
    // Valid JSON (a raw value's text): the null is never reached.
    let v: Value = serde_json::from_str(text).unwrap_or_default();
    by_value(&v).unwrap_or(Facts::Unknown(v))
}

/// A known kind read from a value, its tag anywhere; `None` when the kind is
/// unknown or its fields do not read.
fn by_value(v: &Value) -> Option<Facts> {
    let obj = v.as_object()?;
    let kind = obj.get("kind")?.as_str()?;
    if !KINDS.contains(&kind) {
        return None;
    }
    let rest = obj
        .iter()
        .filter(|(k, _)| *k != "kind")
        .map(|(k, v)| (k.as_str(), v));
    let map = MapDeserializer::<_, serde_json::Error>::new(rest);
    Known::deserialize(Tagged { kind, map })
        .ok()
        .map(Facts::from)
}

/// Reads an object whose first field is `"kind"`, naming a known kind.
struct KindFirst;

impl<'de> Visitor<'de> for KindFirst {
    type Value = Facts;

    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.write_str("an object with its kind first")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Facts, A::Error> {
        if map.next_key::<&str>()? != Some("kind") {
            return Err(de::Error::custom("the kind is not first"));
        }
        let kind: &str = map.next_value()?;
        if !KINDS.contains(&kind) {
            return Err(de::Error::custom("an unknown kind"));
        }
        Known::deserialize(Tagged { kind, map }).map(Facts::from)
    }
}

/// A kind already read and the object's other fields: an enum to serde,
/// its variant named by the kind, its fields the map's.
struct Tagged<'de, A> {
    kind: &'de str,
    map: A,
}

impl<'de, A: MapAccess<'de>> Deserializer<'de> for Tagged<'de, A> {
    type Error = A::Error;

    fn deserialize_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, A::Error> {
        visitor.visit_enum(self)
    }

    forward_to_deserialize_any! {
        bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char str string
        bytes byte_buf option unit unit_struct newtype_struct seq tuple
        tuple_struct map struct enum identifier ignored_any
    }
}

impl<'de, A: MapAccess<'de>> EnumAccess<'de> for Tagged<'de, A> {
    type Error = A::Error;
    type Variant = Self;

    fn variant_seed<V: DeserializeSeed<'de>>(self, seed: V) -> Result<(V::Value, Self), A::Error> {
        let variant = seed.deserialize(BorrowedStrDeserializer::new(self.kind))?;
        Ok((variant, self))
    }
}

impl<'de, A: MapAccess<'de>> VariantAccess<'de> for Tagged<'de, A> {
    type Error = A::Error;

    fn unit_variant(mut self) -> Result<(), A::Error> {
        // Fields a newer version added to a kind without any are passed over.
        while self.map.next_entry::<IgnoredAny, IgnoredAny>()?.is_some() {}
        Ok(())
    }

    fn newtype_variant_seed<T: DeserializeSeed<'de>>(self, _: T) -> Result<T::Value, A::Error> {
        Err(de::Error::custom("every kind has named fields"))
    }

    fn tuple_variant<V: Visitor<'de>>(self, _: usize, _: V) -> Result<V::Value, A::Error> {
        Err(de::Error::custom("every kind has named fields"))
    }

    fn struct_variant<V: Visitor<'de>>(
        self,
        _: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, A::Error> {
        visitor.visit_map(self.map)
    }
}
