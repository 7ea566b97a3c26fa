//! The key vault's cryptography, all of it the browser's WebCrypto: PBKDF2-SHA-256
//! to derive an AES-GCM 256 key from the passphrase (not extractable: it never
//! leaves the browser's crypto, and lives only in this tab's memory), a fresh
//! random 96-bit IV per sealed text. The stored format is `model::vault`.

use js_sys::{Array, Object, Reflect, Uint8Array};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{CryptoKey, SubtleCrypto};

use crate::model::vault::{IV_BYTES, Sealed};

/// Why a vault operation failed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CryptoError {
    /// The passphrase does not open this text (or the text was tampered with).
    WrongPassphrase,
    /// The browser offers no WebCrypto here (an insecure page, an old browser).
    Unavailable,
}

fn crypto() -> Result<web_sys::Crypto, CryptoError> {
    web_sys::window()
        .and_then(|w| w.crypto().ok())
        .ok_or(CryptoError::Unavailable)
}

fn subtle() -> Result<SubtleCrypto, CryptoError> {
    Ok(crypto()?.subtle())
}

fn object(fields: &[(&str, JsValue)]) -> Object {
    let o = Object::new();
    for (name, value) in fields {
        let _ = Reflect::set(&o, &JsValue::from_str(name), value);
    }
    o
}

fn usages(list: &[&str]) -> JsValue {
    list.iter()
        .map(|u| JsValue::from_str(u))
        .collect::<Array>()
        .into()
}

async fn wait(promise: Result<js_sys::Promise, JsValue>) -> Result<JsValue, JsValue> {
    JsFuture::from(promise?).await
}

/// `n` random bytes from the browser's generator.
///
/// # Errors
/// [`CryptoError::Unavailable`].
pub fn random(n: usize) -> Result<Vec<u8>, CryptoError> {
    let mut bytes = vec![0u8; n];
    crypto()?
        .get_random_values_with_u8_array(&mut bytes)
        .map_err(|_| CryptoError::Unavailable)?;
    Ok(bytes)
}

/// The AES-GCM 256 key of `passphrase` with `salt` and `iterations` (PBKDF2-SHA-256).
///
/// # Errors
/// [`CryptoError::Unavailable`].
pub async fn derive(
    passphrase: &str,
    salt: &[u8],
    iterations: u32,
) -> Result<CryptoKey, CryptoError> {
    let subtle = subtle()?;
    let raw = Uint8Array::from(passphrase.as_bytes());
    let base = wait(subtle.import_key_with_object(
        "raw",
        &raw,
        &object(&[("name", "PBKDF2".into())]),
        false,
        &usages(&["deriveKey"]),
    ))
    .await
    .map_err(|_| CryptoError::Unavailable)?;
    let params = object(&[
        ("name", "PBKDF2".into()),
        ("hash", "SHA-256".into()),
        ("salt", Uint8Array::from(salt).into()),
        ("iterations", iterations.into()),
    ]);
    let aes = object(&[("name", "AES-GCM".into()), ("length", 256.into())]);
    let key = wait(subtle.derive_key_with_object_and_object(
        &params,
        base.unchecked_ref(),
        &aes,
        false,
        &usages(&["encrypt", "decrypt"]),
    ))
    .await
    .map_err(|_| CryptoError::Unavailable)?;
    Ok(key.unchecked_into())
}

fn gcm(iv: &[u8]) -> Object {
    object(&[
        ("name", "AES-GCM".into()),
        ("iv", Uint8Array::from(iv).into()),
    ])
}

/// `text` sealed under `key` with a fresh IV.
///
/// # Errors
/// [`CryptoError::Unavailable`].
pub async fn seal(key: &CryptoKey, text: &str) -> Result<Sealed, CryptoError> {
    let iv = random(IV_BYTES)?;
    let out = wait(subtle()?.encrypt_with_object_and_u8_array(&gcm(&iv), key, text.as_bytes()))
        .await
        .map_err(|_| CryptoError::Unavailable)?;
    Ok(Sealed {
        iv,
        data: Uint8Array::new(&out).to_vec(),
    })
}

/// The text `sealed` holds, if `key` opens it.
///
/// # Errors
/// [`CryptoError::WrongPassphrase`] when the key does not open it (AES-GCM's tag
/// does not match), [`CryptoError::Unavailable`].
pub async fn open(key: &CryptoKey, sealed: &Sealed) -> Result<String, CryptoError> {
    let out = wait(subtle()?.decrypt_with_object_and_u8_array(&gcm(&sealed.iv), key, &sealed.data))
        .await
        .map_err(|e| {
            let name = e.dyn_ref::<web_sys::DomException>().map(|d| d.name());
            if name.as_deref() == Some("OperationError") {
                CryptoError::WrongPassphrase
            } else {
                CryptoError::Unavailable
            }
        })?;
    String::from_utf8(Uint8Array::new(&out).to_vec()).map_err(|_| CryptoError::WrongPassphrase)
}
