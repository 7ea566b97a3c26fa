//! The key vault's stored format (issue 14): with the vault on, a product key's
//! text is kept only encrypted (AES-GCM 256, a fresh 96-bit IV per key, the
//! key derived from the user's passphrase by PBKDF2-SHA-256), with its last
//! group readable for the masked display. The encryption itself is the
//! browser's WebCrypto (`ui::browser::crypto`); this module is the format:
//! versioned text, and the rules of a dataset whose keys are sealed.
//!
//! A sealed text is `"<version>.<iv>.<ciphertext>"`, both in base64 (standard
//! alphabet, padded). Version 1 means AES-GCM 256 with a 12-byte IV and a
//! 16-byte tag, under a key made by PBKDF2-SHA-256 with the [`Vault`]'s salt and
//! iterations. A later version can change any of that; an unknown version is
//! refused rather than guessed at.

use base64::Engine as _;
use base64::engine::general_purpose::STANDARD as B64;
use serde::{Deserialize, Serialize};

use super::{Dataset, ProductKey};

/// The format version this app writes.
pub const FORMAT: u32 = 1;
/// PBKDF2 iterations for a new vault (OWASP's 2023 figure for SHA-256).
pub const ITERATIONS: u32 = 600_000;
/// Bytes of salt for a new vault.
pub const SALT_BYTES: usize = 16;
/// Bytes of IV per sealed text (96 bits).
pub const IV_BYTES: usize = 12;
/// What the vault's check value seals: decrypting it proves a passphrase
/// right even when no key has text.
pub const CHECK_TEXT: &str = "benefits-desk-vault";

/// The vault of a dataset: how its key is derived, and a check value.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Vault {
    /// The format version ([`FORMAT`]).
    pub format: u32,
    /// PBKDF2 salt, base64.
    pub salt: String,
    /// PBKDF2 iterations.
    pub iterations: u32,
    /// [`CHECK_TEXT`] sealed under the vault's key.
    pub check: String,
}

/// A key text sealed in the vault, and the last group kept readable.
#[derive(Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SealedKey {
    /// The key's last group, for the masked display.
    pub last: String,
    /// The sealed text (`"1.<iv>.<ciphertext>"`).
    pub text: String,
}

impl std::fmt::Debug for SealedKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SealedKey")
            .field("last", &self.last)
            .finish()
    }
}

/// What is wrong with a sealed text or a vault.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FormatError {
    /// Written by a newer version of the app.
    UnknownVersion(u32),
    /// Not `"<version>.<iv>.<ciphertext>"` in base64, or an IV of the wrong size.
    Malformed,
}

/// A sealed text taken apart.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Sealed {
    /// The IV.
    pub iv: Vec<u8>,
    /// Ciphertext with its tag.
    pub data: Vec<u8>,
}

impl Sealed {
    /// The stored text of version [`FORMAT`].
    ///
    /// # Example
    /// ```
    /// use benefits_desk::model::vault::Sealed;
    /// let s = Sealed { iv: vec![0; 12], data: vec![1; 16] };
    /// assert_eq!(s.to_text(), "1.AAAAAAAAAAAAAAAA.AQEBAQEBAQEBAQEBAQEBAQ==");
    /// assert_eq!(Sealed::parse(&s.to_text()), Ok(s));
    /// ```
    pub fn to_text(&self) -> String {
        format!(
            "{FORMAT}.{}.{}",
            B64.encode(&self.iv),
            B64.encode(&self.data)
        )
    }

    /// Whether `text` has the shape of a sealed text of this version, checked
    /// without decoding it (start-up validation keeps base64 out of the first
    /// load; [`Sealed::parse`] decodes it when it is opened).
    pub fn looks_right(text: &str) -> bool {
        let b64 = |p: &str| {
            !p.is_empty()
                && p.bytes()
                    .all(|c| c.is_ascii_alphanumeric() || b"+/=".contains(&c))
        };
        let mut parts = text.split('.');
        matches!(
            (parts.next(), parts.next(), parts.next(), parts.next()),
            (Some("1"), Some(iv), Some(data), None) if iv.len() == 16 && b64(iv) && data.len() >= 24 && b64(data)
        )
    }

    /// Read a stored text.
    ///
    /// # Errors
    /// [`FormatError::UnknownVersion`] for a version this app does not know,
    /// [`FormatError::Malformed`] for anything else that is not a sealed text.
    pub fn parse(text: &str) -> Result<Sealed, FormatError> {
        let mut parts = text.split('.');
        let (Some(v), Some(iv), Some(data), None) =
            (parts.next(), parts.next(), parts.next(), parts.next())
        else {
            return Err(FormatError::Malformed);
        };
        let version: u32 = v.parse().map_err(|_| FormatError::Malformed)?;
        if version != FORMAT {
            return Err(FormatError::UnknownVersion(version));
        }
        let iv = B64.decode(iv).map_err(|_| FormatError::Malformed)?;
        let data = B64.decode(data).map_err(|_| FormatError::Malformed)?;
        if iv.len() != IV_BYTES || data.len() < 16 {
            return Err(FormatError::Malformed);
        }
        Ok(Sealed { iv, data })
    }
}

impl Vault {
    /// The salt's bytes.
    ///
    /// # Errors
    /// [`FormatError`] for a vault this app cannot use.
    pub fn salt_bytes(&self) -> Result<Vec<u8>, FormatError> {
        if self.format != FORMAT {
            return Err(FormatError::UnknownVersion(self.format));
        }
        B64.decode(&self.salt)
            .ok()
            .filter(|s| s.len() >= SALT_BYTES)
            .ok_or(FormatError::Malformed)
    }

    /// A new vault's record from its salt and sealed check value.
    pub fn new(salt: &[u8], check: &Sealed) -> Vault {
        Vault {
            format: FORMAT,
            salt: B64.encode(salt),
            iterations: ITERATIONS,
            check: check.to_text(),
        }
    }

    /// Whether `other` is the same vault (same salt and check: the same passphrase
    /// opens both).
    pub fn same_as(&self, other: &Vault) -> bool {
        self.salt == other.salt && self.check == other.check
    }
}

/// The last group of a key text (`"…-J8N2V"` → `"J8N2V"`).
pub fn last_group(key: &str) -> String {
    key.rsplit_once('-')
        .map_or_else(String::new, |(_, last)| last.to_owned())
}

/// Whether a key has a text, readable or sealed.
pub fn has_text(k: &ProductKey) -> bool {
    !k.key.is_empty() || k.sealed.is_some()
}

/// The key texts still readable in `data`: what turning the vault on seals.
pub fn readable_texts(data: &Dataset) -> Vec<(u64, String)> {
    data.keys
        .iter()
        .filter(|k| !k.key.is_empty())
        .map(|k| (k.id, k.key.clone()))
        .collect()
}

/// The sealed texts of `data`: what changing the passphrase or turning the
/// vault off opens.
pub fn sealed_texts(data: &Dataset) -> Vec<(u64, String)> {
    data.keys
        .iter()
        .filter_map(|k| Some((k.id, k.sealed.as_ref()?.text.clone())))
        .collect()
}

/// Put the vault in place: `vault` (or none) and every key's text as given
/// (sealed, or readable), in one change. Keys not listed keep what they had,
/// which the caller avoids by listing every key with a text.
pub fn set_texts(data: &mut Dataset, vault: Option<Vault>, texts: &[(u64, KeyText)]) {
    for (id, text) in texts {
        if let Some(k) = data.keys.iter_mut().find(|k| k.id == *id) {
            match text {
                KeyText::Readable(t) => {
                    k.key = t.clone();
                    k.sealed = None;
                }
                KeyText::Sealed(s) => {
                    k.key.clear();
                    k.sealed = Some(s.clone());
                }
                KeyText::None => {
                    k.key.clear();
                    k.sealed = None;
                }
            }
        }
    }
    data.vault = vault;
}

/// A key's text as it is to be stored.
#[derive(Clone, PartialEq, Eq)]
pub enum KeyText {
    /// Readable (the vault is off).
    Readable(String),
    /// Sealed in the vault.
    Sealed(SealedKey),
    /// No text.
    None,
}

impl std::fmt::Debug for KeyText {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            KeyText::Readable(_) => "Readable(*****)",
            KeyText::Sealed(_) => "Sealed",
            KeyText::None => "None",
        })
    }
}

/// What is wrong with the vault of a dataset, if anything: a readable key text
/// beside a vault, or a sealed one without a vault, or one this app cannot read.
pub fn check(data: &Dataset) -> Result<(), FormatError> {
    if let Some(v) = &data.vault {
        v.salt_bytes()?;
        Sealed::parse(&v.check)?;
    }
    for k in &data.keys {
        match (&k.sealed, &data.vault) {
            (Some(s), Some(_)) if k.key.is_empty() => {
                Sealed::parse(&s.text)?;
            }
            (None, _) if data.vault.is_none() || k.key.is_empty() => {}
            _ => return Err(FormatError::Malformed),
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testing::key;

    fn sealed(n: u8) -> SealedKey {
        SealedKey {
            last: "J8N2V".into(),
            text: Sealed {
                iv: vec![n; IV_BYTES],
                data: vec![n; 45],
            }
            .to_text(),
        }
    }

    #[test]
    fn sealed_texts_round_trip_and_unknown_versions_are_refused() {
        let s = Sealed {
            iv: (0..12).collect(),
            data: (0..45).collect(),
        };
        assert_eq!(Sealed::parse(&s.to_text()), Ok(s.clone()));
        let later = s.to_text().replacen("1.", "2.", 1);
        assert_eq!(Sealed::parse(&later), Err(FormatError::UnknownVersion(2)));
        for bad in [
            "",
            "1",
            "1.AAAA",
            "1.AAAA.AAAA.AAAA",
            "x.AAAA.AAAA",
            "1.AAAA.AQID",
        ] {
            assert_eq!(Sealed::parse(bad), Err(FormatError::Malformed), "{bad}");
        }
        // An IV of 96 bits only.
        let short = format!("1.{}.{}", B64.encode([0u8; 8]), B64.encode([0u8; 20]));
        assert_eq!(Sealed::parse(&short), Err(FormatError::Malformed));
    }

    #[test]
    fn a_vault_of_a_newer_format_is_refused_and_its_salt_is_read() {
        let check = Sealed {
            iv: vec![0; 12],
            data: vec![0; 35],
        };
        let v = Vault::new(&[7; SALT_BYTES], &check);
        assert_eq!(v.iterations, 600_000);
        assert_eq!(v.salt_bytes(), Ok(vec![7; SALT_BYTES]));
        let newer = Vault {
            format: 2,
            ..v.clone()
        };
        assert_eq!(newer.salt_bytes(), Err(FormatError::UnknownVersion(2)));
        assert!(v.same_as(&v.clone()));
        assert!(!v.same_as(&Vault::new(&[8; SALT_BYTES], &check)));
    }

    #[test]
    fn turning_the_vault_on_leaves_no_readable_text_and_off_brings_them_back() {
        let mut d = Dataset {
            keys: vec![
                ProductKey {
                    key: "Q7K2M-HX4PD-9TR3C-WB6YF-J8N2V".into(),
                    ..key(1, "Office 365 E3", 5, None)
                },
                ProductKey {
                    key: String::new(),
                    ..key(2, "Visio", 1, None)
                },
            ],
            ..Dataset::default()
        };
        assert_eq!(readable_texts(&d).len(), 1);
        let vault = Vault::new(&[1; SALT_BYTES], &Sealed::parse(&sealed(3).text).unwrap());
        set_texts(&mut d, Some(vault), &[(1, KeyText::Sealed(sealed(1)))]);
        assert!(d.keys.iter().all(|k| k.key.is_empty()));
        assert_eq!(check(&d), Ok(()));
        assert!(!serde_json::to_string(&d).unwrap().contains("HX4PD"));
        assert_eq!(sealed_texts(&d), vec![(1, sealed(1).text)]);
        assert!(has_text(&d.keys[0]) && !has_text(&d.keys[1]));
        // A readable text beside a vault is a broken dataset.
        let mut broken = d.clone();
        broken.keys[1].key = "AAAAA-AAAAA-AAAAA-AAAAA-AAAAA".into();
        assert_eq!(check(&broken), Err(FormatError::Malformed));
        set_texts(
            &mut d,
            None,
            &[(1, KeyText::Readable("Q7K2M-HX4PD-9TR3C-WB6YF-J8N2V".into()))],
        );
        assert_eq!(d.keys[0].key, "Q7K2M-HX4PD-9TR3C-WB6YF-J8N2V");
        assert!(d.keys[0].sealed.is_none() && d.vault.is_none());
        assert_eq!(check(&d), Ok(()));
        assert_eq!(last_group("Q7K2M-HX4PD-9TR3C-WB6YF-J8N2V"), "J8N2V");
    }

    #[test]
    fn debug_output_never_shows_a_sealed_or_readable_text() {
        let s = sealed(9);
        assert!(!format!("{s:?}").contains(&s.text));
        assert_eq!(
            format!("{:?}", KeyText::Readable("SECRET".into())),
            "Readable(*****)"
        );
    }
}
