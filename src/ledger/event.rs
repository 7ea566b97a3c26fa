//! An event: one change, as the admin made it, with who, when and where.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::ledger::change::{
    KeyFields, MembershipFields, RedemptionRequest, SupportCounter, SupportFields,
};
use crate::model::vault::{SealedKey, Vault};
use crate::model::{
    AzureCredit, AzureOffer, Competency, Dataset, Offer, Subscription, User, UserSource, VsLevel,
};
use crate::rules::RuleId;
use crate::rules::readings::Question;

mod read;

pub use read::quickly;

/// One change. Its id is 128 random bits (32 hex digits; never a counter),
/// or, for data taken over as it stood, a hash of that data, so the same
/// document taken over in two browsers is one event.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Event {
    /// Globally unique.
    pub id: String,
    /// The day it takes effect: the day a dated change happened (a
    /// redemption, an assignment), else the day it was recorded.
    #[serde(with = "crate::model::iso::serde")]
    pub day: NaiveDate,
    /// When it was recorded (ISO 8601, UTC, milliseconds), never earlier than
    /// any event the recording browser had seen: the replay order.
    pub at: String,
    /// The browser that recorded it (a random id kept in its preferences).
    pub device: String,
    /// The admin's name as given in Settings (may be empty).
    #[serde(default)]
    pub admin: String,
    /// What changed.
    pub facts: Facts,
}

/// What the records kept before the ledger say happened ([`Facts::Before`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[allow(missing_docs)]
pub enum Past {
    Renewed,
    Redeemed,
    RedeemedKeyless,
    ReplacementAsked,
    SeatAssigned,
    SeatReleased,
    CreditGiven,
    CreditMoved,
    SupportActivated,
}

impl Past {
    /// Its name for filters and the CSV (`"Before.Renewed"`).
    pub fn kind(self) -> &'static str {
        match self {
            Past::Renewed => "Before.Renewed",
            Past::Redeemed => "Before.Redeemed",
            Past::RedeemedKeyless => "Before.RedeemedKeyless",
            Past::ReplacementAsked => "Before.ReplacementAsked",
            Past::SeatAssigned => "Before.SeatAssigned",
            Past::SeatReleased => "Before.SeatReleased",
            Past::CreditGiven => "Before.CreditGiven",
            Past::CreditMoved => "Before.CreditMoved",
            Past::SupportActivated => "Before.SupportActivated",
        }
    }
}

/// The kinds of [`Facts`], written once: the enum, written with its kind
/// as a field (`"kind"`, first), and the same kinds read without serde's
/// buffering of a tagged enum (`read`), which for the data taken over as it
/// stood (most of a ledger's text) took twice as long as the data itself.
macro_rules! facts {
    ($( $(#[$vm:meta])* $V:ident $({ $( $(#[$fm:meta])* $f:ident : $t:ty ),* $(,)? })? ),* $(,)?) => {
        /// What an event changes: one variant per change a page makes
        /// (`ledger::change`), each applied through the same function when it is
        /// made and on every replay.
        #[derive(Clone, Debug, PartialEq, Eq, Serialize)]
        #[serde(tag = "kind")]
        #[allow(missing_docs)]
        pub enum Facts {
            $( $(#[$vm])* $V $({ $( $(#[$fm])* $f: $t ),* })?, )*
            /// An event of a kind this version does not know (written by a
            /// newer one), or of a known kind with fields it cannot read:
            /// kept as it was, shown as such, skipped by replay.
            #[serde(untagged)]
            Unknown(serde_json::Value),
        }

        /// The known kinds, read by name once the kind is read (`read`).
        #[derive(Deserialize)]
        enum Known {
            $( $V $({ $( $(#[$fm])* $f: $t ),* })?, )*
        }

        impl From<Known> for Facts {
            fn from(k: Known) -> Facts {
                match k {
                    $( Known::$V $({ $($f),* })? => Facts::$V $({ $($f),* })?, )*
                }
            }
        }

        /// Every known kind's stored name.
        const KINDS: &[&str] = &[$(stringify!($V)),*];
    };
}

facts! {
    /// Records as they stood when the ledger began (or in an older backup
    /// taken in): added beside the records already here, never over them.
    AsItStood {
        data: Box<Dataset>,
    },
    /// The sample records, as of the event's day.
    Sample {
        keyless: bool,
    },
    /// The sample records taken out again.
    RemoveSample,
    /// Takes back the event with this id (an undo, a correction's first half).
    Void {
        event: String,
    },
    AddBenefit {
        product: String,
        quantity: u32,
    },
    RemoveBenefit {
        id: u64,
    },
    RecordKeyless {
        id: u64,
        #[serde(with = "crate::model::iso::serde")]
        on: NaiveDate,
        tenant: String,
    },
    /// The key's text is never kept here: the document holds the texts apart.
    AddKey {
        fields: KeyFields,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        sealed: Option<SealedKey>,
    },
    EditKey {
        id: u64,
        fields: KeyFields,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        sealed: Option<SealedKey>,
    },
    DeleteKey {
        id: u64,
    },
    AskReplacement {
        key: u64,
        #[serde(with = "crate::model::iso::serde")]
        on: NaiveDate,
        by: Option<u64>,
    },
    LinkReplacement {
        key: u64,
        by: u64,
    },
    Redeem {
        request: RedemptionRequest,
    },
    AddUser {
        user: User,
    },
    ImportUsers {
        users: Vec<(String, String)>,
        source: UserSource,
    },
    RemoveUser {
        id: u64,
    },
    AddSeats {
        level: VsLevel,
        n: usize,
    },
    SetSeatActivation {
        seat: u64,
        #[serde(with = "crate::model::iso::serde")]
        on: NaiveDate,
    },
    AssignSeat {
        seat: u64,
        user: u64,
        #[serde(with = "crate::model::iso::serde")]
        on: NaiveDate,
        #[serde(default, with = "crate::model::iso::opt")]
        activated: Option<NaiveDate>,
    },
    ReleaseSeat {
        seat: u64,
        #[serde(with = "crate::model::iso::serde")]
        on: NaiveDate,
    },
    RemoveSeat {
        seat: u64,
    },
    /// A subscription from before the app, added by hand.
    AddSubscription {
        subscription: Subscription,
    },
    /// The Visual Studio portal's subscriber export, imported: every row
    /// or none (`change::import_portal_seats`), each row as
    /// [`PortalSeat::to_line`](crate::model::fields::PortalSeat::to_line)
    /// writes it, the lines apart by U+001E ([`rows_text`]): one text, a
    /// kind the first visit's reader of events already reads.
    ImportPortalSeats {
        rows: String,
    },
    /// Several changes made as one (the rows of the admin's spreadsheet,
    /// `ledger::plan_sheet`): all or none, one undo. A `Redeem` of key 0
    /// redeems the key the step before added.
    Batch {
        facts: Vec<Facts>,
    },
    AddCredit {
        credit: AzureCredit,
    },
    SetOffers {
        user: u64,
        offers: Vec<AzureOffer>,
    },
    GiveCredit {
        credit: u64,
        user: u64,
        #[serde(with = "crate::model::iso::serde")]
        on: NaiveDate,
    },
    SetCreditProfile {
        credit: u64,
        billing_profile: String,
        #[serde(default, with = "crate::model::iso::opt")]
        provisioned: Option<NaiveDate>,
    },
    TakeBackCredit {
        credit: u64,
    },
    SaveMembership {
        fields: MembershipFields,
    },
    AddCompetency {
        competency: Competency,
    },
    RemoveCompetency {
        index: usize,
    },
    SetReading {
        question: Question,
        rule: RuleId,
    },
    Renew {
        #[serde(with = "crate::model::iso::serde")]
        paid_on: NaiveDate,
        #[serde(with = "crate::model::iso::serde")]
        benefit_expiry: NaiveDate,
        to: Offer,
    },
    MarkReassigned {
        #[serde(with = "crate::model::iso::serde")]
        on: NaiveDate,
    },
    SaveSupport {
        fields: SupportFields,
    },
    CountIncidents {
        by: i64,
    },
    CountSupport {
        counter: SupportCounter,
        by: i64,
    },
    StartContractYear {
        #[serde(with = "crate::model::iso::serde")]
        on: NaiveDate,
    },
    /// The key vault turned on (with its salt and check value, no secret) or off.
    Vault {
        vault: Option<Vault>,
    },
    /// Something the records kept before the ledger say happened on the
    /// event's day (`ledger::before_ledger`): for the history only, as the
    /// records taken over already hold it; replay changes nothing.
    Before {
        what: Past,
        /// The record, as named then (a product, a seat's level, a credit).
        record: String,
        /// The other side, as named then (a person, a subscription, a tenant).
        #[serde(default, skip_serializing_if = "String::is_empty")]
        other: String,
    },
}

/// The rows of an import as [`Facts::ImportPortalSeats`] keeps them.
pub fn rows_text(rows: &[crate::model::fields::PortalSeat]) -> String {
    let lines: Vec<String> = rows.iter().map(|r| r.to_line()).collect();
    lines.join("\u{1e}")
}

/// The rows [`rows_text`] kept; `None` if one is not a row this version
/// writes (a newer version's).
pub fn rows_of(text: &str) -> Option<Vec<crate::model::fields::PortalSeat>> {
    if text.is_empty() {
        return Some(Vec::new());
    }
    text.split('\u{1e}')
        .map(crate::model::fields::PortalSeat::from_line)
        .collect()
}

impl Facts {
    /// The day a dated change happened, if the facts name one.
    pub fn own_day(&self) -> Option<NaiveDate> {
        match self {
            Facts::RecordKeyless { on, .. }
            | Facts::AskReplacement { on, .. }
            | Facts::SetSeatActivation { on, .. }
            | Facts::AssignSeat { on, .. }
            | Facts::ReleaseSeat { on, .. }
            | Facts::GiveCredit { on, .. }
            | Facts::MarkReassigned { on }
            | Facts::StartContractYear { on } => Some(*on),
            Facts::Redeem { request } => Some(request.on),
            Facts::Renew { paid_on, .. } => Some(*paid_on),
            _ => None,
        }
    }

    /// The kind's name, as stored (`"AssignSeat"`), for filters and the CSV.
    pub fn kind(&self) -> &str {
        match self {
            Facts::Unknown(v) => v.get("kind").and_then(|k| k.as_str()).unwrap_or("?"),
            other => kind_name(other),
        }
    }

    /// Whether applying these facts leaves the users as they were: none
    /// added, removed or given another email (what replay's index of
    /// emails relies on). A kind not named here is taken to change them.
    pub(crate) fn leaves_users(&self) -> bool {
        matches!(
            self,
            Facts::Void { .. }
                | Facts::Before { .. }
                | Facts::AddBenefit { .. }
                | Facts::RemoveBenefit { .. }
                | Facts::RecordKeyless { .. }
                | Facts::AddKey { .. }
                | Facts::EditKey { .. }
                | Facts::DeleteKey { .. }
                | Facts::AskReplacement { .. }
                | Facts::LinkReplacement { .. }
                | Facts::Redeem { .. }
                | Facts::AddSeats { .. }
                | Facts::SetSeatActivation { .. }
                | Facts::AssignSeat { .. }
                | Facts::ReleaseSeat { .. }
                | Facts::RemoveSeat { .. }
                | Facts::AddSubscription { .. }
                | Facts::AddCredit { .. }
                | Facts::SetOffers { .. }
                | Facts::GiveCredit { .. }
                | Facts::SetCreditProfile { .. }
                | Facts::TakeBackCredit { .. }
                | Facts::SaveMembership { .. }
                | Facts::AddCompetency { .. }
                | Facts::RemoveCompetency { .. }
                | Facts::SetReading { .. }
                | Facts::Renew { .. }
                | Facts::MarkReassigned { .. }
                | Facts::SaveSupport { .. }
                | Facts::CountIncidents { .. }
                | Facts::CountSupport { .. }
                | Facts::StartContractYear { .. }
                | Facts::Vault { .. }
        )
    }

    /// The facts without any key text: what the ledger stores.
    pub fn without_secrets(&self) -> Facts {
        let mut out = self.clone();
        match &mut out {
            Facts::AddKey { fields, sealed } | Facts::EditKey { fields, sealed, .. } => {
                fields.key.clear();
                *sealed = None;
            }
            Facts::Batch { facts } => {
                for f in facts.iter_mut() {
                    *f = f.without_secrets();
                }
            }
            Facts::AsItStood { data } => {
                for k in &mut data.keys {
                    k.key.clear();
                    k.sealed = None;
                }
            }
            _ => {}
        }
        out
    }
}

/// Each known kind's stored name.
fn kind_name(f: &Facts) -> &'static str {
    match f {
        Facts::AsItStood { .. } => "AsItStood",
        Facts::Sample { .. } => "Sample",
        Facts::RemoveSample => "RemoveSample",
        Facts::Void { .. } => "Void",
        Facts::AddBenefit { .. } => "AddBenefit",
        Facts::RemoveBenefit { .. } => "RemoveBenefit",
        Facts::RecordKeyless { .. } => "RecordKeyless",
        Facts::AddKey { .. } => "AddKey",
        Facts::EditKey { .. } => "EditKey",
        Facts::DeleteKey { .. } => "DeleteKey",
        Facts::AskReplacement { .. } => "AskReplacement",
        Facts::LinkReplacement { .. } => "LinkReplacement",
        Facts::Redeem { .. } => "Redeem",
        Facts::AddUser { .. } => "AddUser",
        Facts::ImportUsers { .. } => "ImportUsers",
        Facts::RemoveUser { .. } => "RemoveUser",
        Facts::AddSeats { .. } => "AddSeats",
        Facts::SetSeatActivation { .. } => "SetSeatActivation",
        Facts::AssignSeat { .. } => "AssignSeat",
        Facts::ReleaseSeat { .. } => "ReleaseSeat",
        Facts::RemoveSeat { .. } => "RemoveSeat",
        Facts::ImportPortalSeats { .. } => "ImportPortalSeats",
        Facts::AddSubscription { .. } => "AddSubscription",
        Facts::Batch { .. } => "Batch",
        Facts::AddCredit { .. } => "AddCredit",
        Facts::SetOffers { .. } => "SetOffers",
        Facts::GiveCredit { .. } => "GiveCredit",
        Facts::SetCreditProfile { .. } => "SetCreditProfile",
        Facts::TakeBackCredit { .. } => "TakeBackCredit",
        Facts::SaveMembership { .. } => "SaveMembership",
        Facts::AddCompetency { .. } => "AddCompetency",
        Facts::RemoveCompetency { .. } => "RemoveCompetency",
        Facts::SetReading { .. } => "SetReading",
        Facts::Renew { .. } => "Renew",
        Facts::MarkReassigned { .. } => "MarkReassigned",
        Facts::SaveSupport { .. } => "SaveSupport",
        Facts::CountIncidents { .. } => "CountIncidents",
        Facts::CountSupport { .. } => "CountSupport",
        Facts::StartContractYear { .. } => "StartContractYear",
        Facts::Vault { .. } => "Vault",
        Facts::Before { what, .. } => what.kind(),
        Facts::Unknown(_) => "?",
    }
}
