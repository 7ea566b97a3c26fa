//! What a page's form gives a change: plain values, checked by
//! [`form`](super::form) and applied by the ledger's change functions
//! (`ledger::change`), which re-export them.

use chrono::NaiveDate;

use super::{Offer, RedemptionFlow, RedemptionMode, TenantOwner, VsLevel};

/// A key's fields as a form checks them ([`KeyDraft`](super::form::KeyDraft)).
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct KeyFields {
    /// Product name, trimmed.
    pub product: String,
    /// The key text, normalized (blank: not recorded).
    pub key: String,
    /// Licenses.
    pub licenses: u32,
    /// Day received.
    #[serde(default, with = "crate::model::iso::opt")]
    pub received: Option<NaiveDate>,
}

/// The membership's own fields as a form checks them
/// ([`MembershipDraft`](super::form::MembershipDraft)).
#[derive(Clone, Debug, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct MembershipFields {
    /// The program offer.
    pub offer: Offer,
    /// How its benefits are redeemed.
    pub flow: RedemptionFlow,
    /// The day it was bought or paid.
    #[serde(default, with = "crate::model::iso::opt")]
    pub purchased: Option<NaiveDate>,
    /// Country or region, trimmed.
    pub country: String,
    /// Anniversary.
    #[serde(default, with = "crate::model::iso::opt")]
    pub anniversary: Option<NaiveDate>,
    /// Renewal start.
    #[serde(default, with = "crate::model::iso::opt")]
    pub renewal_start: Option<NaiveDate>,
    /// Benefit expiry date.
    #[serde(default, with = "crate::model::iso::opt")]
    pub benefit_expiry: Option<NaiveDate>,
}

/// Where a key goes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum Target {
    /// A new subscription (or none chosen).
    New,
    /// A subscription recorded here.
    Existing(u64),
    /// A subscription not recorded here, described by hand; it is recorded with
    /// the redemption.
    Other {
        /// Its active licenses.
        licenses: u32,
        /// Its end date.
        #[serde(with = "crate::model::iso::serde")]
        end: NaiveDate,
    },
}

/// A redemption to record: which key, when, where and how.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct RedemptionRequest {
    /// The key's id.
    pub key: u64,
    /// The day it was (or is) redeemed.
    #[serde(with = "crate::model::iso::serde")]
    pub on: NaiveDate,
    /// Whose tenant.
    pub owner: TenantOwner,
    /// The tenant's name.
    pub tenant: String,
    /// The subscription it goes to.
    pub target: Target,
    /// New, add or extend.
    pub mode: RedemptionMode,
}

/// The support contract's fields as a form checks them
/// ([`SupportDraft`](super::form::SupportDraft)).
#[derive(Clone, Debug, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct SupportFields {
    /// Day support was activated.
    #[serde(default, with = "crate::model::iso::opt")]
    pub activated_on: Option<NaiveDate>,
    /// Access ID, trimmed.
    pub access_id: String,
    /// Contract ID, trimmed.
    pub contract_id: String,
    /// Incidents allowed (`None`: the program default).
    pub incidents_allowed: Option<u32>,
    /// Cloud incidents allowed a year (`None`: the program default; R28).
    pub cloud_incidents_allowed: Option<u32>,
    /// Advisory hours allowed a year (`None`: the program default; R28).
    pub advisory_hours_allowed: Option<u32>,
    /// Incidents used so far this contract year, when entered (history from
    /// before the app); `None` keeps the count.
    pub incidents_used: Option<u32>,
}

/// One subscription of the Visual Studio subscriptions portal's subscriber
/// export, as read (the store reads it).
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct PortalSeat {
    /// Its level.
    pub level: VsLevel,
    /// Its GUID, reference and expiration.
    pub portal: SeatPortal,
    /// Its subscriber; `None` for an unassigned subscription (a free seat).
    pub holder: Option<PortalHolder>,
}

impl PortalSeat {
    /// The row as one line, its fields apart by U+001F: how the ledger keeps
    /// an import's rows (text is all the first visit's reader of events
    /// needs to know of them, and a line is half the size of an object).
    pub fn to_line(&self) -> String {
        let day = |d: Option<NaiveDate>| d.map(|d| d.to_string()).unwrap_or_default();
        let h = self.holder.as_ref();
        let text = |t: Option<&String>| t.map(|t| t.replace('\u{1f}', " ")).unwrap_or_default();
        [
            text(Some(&format!("{:?}", self.level))),
            text(Some(&self.portal.guid)),
            text(Some(&self.portal.reference)),
            day(self.portal.expires),
            text(h.map(|h| &h.name)),
            text(h.map(|h| &h.email)),
            day(h.map(|h| h.assigned)),
            day(h.and_then(|h| h.activated)),
        ]
        .join("\u{1f}")
    }

    /// The row [`to_line`](Self::to_line) wrote; `None` for a line it did not.
    pub fn from_line(line: &str) -> Option<PortalSeat> {
        let fields: Vec<&str> = line.split('\u{1f}').collect();
        let [
            level,
            guid,
            reference,
            expires,
            name,
            email,
            assigned,
            activated,
        ] = fields[..]
        else {
            return None;
        };
        let day = |t: &str| match t {
            "" => Some(None),
            t => crate::model::iso::parse(t).map(Some),
        };
        let holder = match email {
            "" => None,
            _ => Some(PortalHolder {
                name: name.into(),
                email: email.into(),
                assigned: crate::model::iso::parse(assigned)?,
                activated: day(activated)?,
            }),
        };
        Some(PortalSeat {
            level: match level {
                "Enterprise" => VsLevel::Enterprise,
                "Professional" => VsLevel::Professional,
                _ => return None,
            },
            portal: SeatPortal {
                guid: guid.into(),
                reference: reference.into(),
                expires: day(expires)?,
            },
            holder,
        })
    }
}

/// A subscriber in the portal's export.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct PortalHolder {
    /// Subscriber name (the email's local part when the file has none).
    pub name: String,
    /// Sign-in email.
    pub email: String,
    /// The day it was assigned.
    #[serde(with = "crate::model::iso::serde")]
    pub assigned: NaiveDate,
    /// The day it was activated, when it was.
    #[serde(default, with = "crate::model::iso::opt")]
    pub activated: Option<NaiveDate>,
}

/// A seat as the Visual Studio subscriptions portal identifies it.
#[derive(Clone, Debug, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct SeatPortal {
    /// The subscription's GUID (may be empty: not every export has it).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub guid: String,
    /// The admin's reference note.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub reference: String,
    /// Its expiration date.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "crate::model::iso::opt"
    )]
    pub expires: Option<NaiveDate>,
}

/// A key as a row of the admin's own spreadsheet gives it: its fields and,
/// when the row says it was redeemed, the day and tenant.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct SheetKey {
    /// Product, key text (may be blank), licenses, day received.
    pub fields: KeyFields,
    /// The day it was redeemed, if it was.
    #[serde(default, with = "crate::model::iso::opt")]
    pub redeemed: Option<NaiveDate>,
    /// The tenant it was redeemed in.
    #[serde(default)]
    pub tenant: String,
}

/// One row of the admin's own spreadsheet, read as the kind of record the
/// admin said the file holds.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum SheetItem {
    /// A product key.
    Key(SheetKey),
    /// A subscription (id 0: the change draws it).
    Subscription(super::Subscription),
    /// A Visual Studio seat, free or held.
    Seat(PortalSeat),
}
