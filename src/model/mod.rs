//! Plain serde data the user owns: membership, keys, subscriptions, users, Visual
//! Studio seats, Azure credits and the support contract. No signals, no storage:
//! the UI wraps these at its edge and the store persists them.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// `Deserialize` for an enum of unit variants stored by name, in little code:
/// one shared read of a string, then a match. (serde's derive writes a
/// visitor of its own for each enum, about 1 KB of wasm apiece, and all of
/// them are in the first load: the stored data is read at start-up.) Accepts
/// exactly what the derive accepted from JSON: the variant's name as a string.
#[macro_export]
macro_rules! de_by_name {
    ($ty:ident { $($name:literal => $variant:ident),+ $(,)? }) => {
        impl<'de> serde::Deserialize<'de> for $ty {
            fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                const NAMES: &[&str] = &[$($name),+];
                let name = <String as serde::Deserialize>::deserialize(d)?;
                match name.as_str() {
                    $($name => Ok($ty::$variant),)+
                    other => Err(<D::Error as serde::de::Error>::unknown_variant(other, NAMES)),
                }
            }
        }
    };
}

pub mod fields;
pub mod form;
pub mod generate;
pub mod ids;
pub mod iso;
pub mod lang;
pub mod readings;
pub mod rule_id;
pub mod sample;
pub mod validate;
pub mod vault;

/// The version of the stored document's shape; bump it with a migration.
pub const SCHEMA_VERSION: u32 = 10;

/// The partner program offer a membership is on (R25). The first three are the
/// program levels of schema 4 and earlier, stored under the same names.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize)]
pub enum Offer {
    /// Microsoft Action Pack (sold and renewed until 2025-01-21).
    #[default]
    ActionPack,
    /// Legacy Silver benefits (competencies retired 2022-09-30; renewed until
    /// 2025-01-21).
    Silver,
    /// Legacy Gold benefits (as Silver).
    Gold,
    /// Learning Action Pack (sold and renewed until 2025-01-21).
    LearningActionPack,
    /// A Solutions Partner designation (from 2022-10-03).
    SolutionsPartner,
    /// Benefits package Partner Launch (successor of Action Pack).
    PartnerLaunch,
    /// Benefits package Partner Success Core.
    PartnerSuccessCore,
    /// Benefits package Partner Success Expanded.
    PartnerSuccessExpanded,
}
crate::de_by_name!(Offer { "ActionPack" => ActionPack, "Silver" => Silver, "Gold" => Gold, "LearningActionPack" => LearningActionPack, "SolutionsPartner" => SolutionsPartner, "PartnerLaunch" => PartnerLaunch, "PartnerSuccessCore" => PartnerSuccessCore, "PartnerSuccessExpanded" => PartnerSuccessExpanded });

impl Offer {
    /// Every offer, in the order the membership form lists them: today's first.
    pub const ALL: [Offer; 8] = [
        Offer::SolutionsPartner,
        Offer::PartnerLaunch,
        Offer::PartnerSuccessCore,
        Offer::PartnerSuccessExpanded,
        Offer::ActionPack,
        Offer::LearningActionPack,
        Offer::Silver,
        Offer::Gold,
    ];

    /// An offer whose last day to buy or renew was 2025-01-21 (R25).
    pub fn retired(self) -> bool {
        matches!(
            self,
            Offer::ActionPack | Offer::LearningActionPack | Offer::Silver | Offer::Gold
        )
    }

    /// An Action Pack (learning or not): renewed only once it has expired (R4).
    pub fn is_action_pack(self) -> bool {
        matches!(self, Offer::ActionPack | Offer::LearningActionPack)
    }
}

/// How the partner's cloud benefits are redeemed (R17): with 5×5 product keys
/// (the legacy flow), or keyless through a $0 checkout in the Microsoft 365
/// admin center (the modernized flow).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize)]
pub enum RedemptionFlow {
    /// Product keys (R1–R10).
    #[default]
    Keys,
    /// No keys: redeemed into a tenant under the billing account (R17–R19).
    Keyless,
}
crate::de_by_name!(RedemptionFlow { "Keys" => Keys, "Keyless" => Keyless });

/// Level of one competency.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
pub enum CompetencyLevel {
    /// Silver.
    Silver,
    /// Gold.
    Gold,
}
crate::de_by_name!(CompetencyLevel { "Silver" => Silver, "Gold" => Gold });

/// Whose tenant a key is activated in.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize)]
pub enum TenantOwner {
    /// The partner's own tenant.
    #[default]
    Partner,
    /// A customer's tenant: not allowed (R10).
    Customer,
}
crate::de_by_name!(TenantOwner { "Partner" => Partner, "Customer" => Customer });

/// How a key is redeemed.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
pub enum RedemptionMode {
    /// Onto a new subscription of 12 months.
    New,
    /// Adding licenses to an existing subscription (R7).
    Add,
    /// Extending an existing subscription (R8).
    Extend,
}
crate::de_by_name!(RedemptionMode { "New" => New, "Add" => Add, "Extend" => Extend });

/// Offers that clash with Azure bulk credit (R11).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
pub enum AzureOffer {
    /// Enterprise Agreement.
    EnterpriseAgreement,
    /// Cloud Solution Partner.
    CloudSolutionPartner,
    /// Azure in Open.
    AzureInOpen,
    /// Azure Pass.
    AzurePass,
    /// Action Pack.
    ActionPack,
    /// Another credit or prepaid offer.
    OtherCreditOrPrepaid,
}
crate::de_by_name!(AzureOffer { "EnterpriseAgreement" => EnterpriseAgreement, "CloudSolutionPartner" => CloudSolutionPartner, "AzureInOpen" => AzureInOpen, "AzurePass" => AzurePass, "ActionPack" => ActionPack, "OtherCreditOrPrepaid" => OtherCreditOrPrepaid });

impl AzureOffer {
    /// Every offer.
    pub const ALL: [AzureOffer; 6] = [
        AzureOffer::EnterpriseAgreement,
        AzureOffer::CloudSolutionPartner,
        AzureOffer::AzureInOpen,
        AzureOffer::AzurePass,
        AzureOffer::ActionPack,
        AzureOffer::OtherCreditOrPrepaid,
    ];
}

/// Kind of Azure credit.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
pub enum CreditKind {
    /// Monthly credit: users added and removed at any time.
    Monthly,
    /// Bulk credit: no removal, only transfer.
    Bulk,
}
crate::de_by_name!(CreditKind { "Monthly" => Monthly, "Bulk" => Bulk });

/// Visual Studio subscription level.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
pub enum VsLevel {
    /// Visual Studio Professional.
    Professional,
    /// Visual Studio Enterprise.
    Enterprise,
}
crate::de_by_name!(VsLevel { "Professional" => Professional, "Enterprise" => Enterprise });

/// One competency the partner holds.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Competency {
    /// Its name, as Partner Center shows it.
    pub name: String,
    /// Silver or gold.
    pub level: CompetencyLevel,
    /// Whether it is a cloud competency (R16: unlimited signature cloud support).
    pub cloud: bool,
}

/// The partner's membership.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Membership {
    /// The program offer (`program` in schema 4 and earlier: the same values).
    #[serde(alias = "program")]
    pub offer: Offer,
    /// How its benefits are redeemed (absent in schema 4 and earlier: keys).
    #[serde(default)]
    pub flow: RedemptionFlow,
    /// The day the offer was bought or its payment received (R22).
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "crate::model::iso::opt"
    )]
    pub purchased: Option<NaiveDate>,
    /// Competencies held.
    pub competencies: Vec<Competency>,
    /// Anniversary, the enrollment renewal date (for Action Pack, its expiry).
    #[serde(default, with = "crate::model::iso::opt")]
    pub anniversary: Option<NaiveDate>,
    /// Renewal start date shown on the Membership Offers page, if earlier.
    #[serde(default, with = "crate::model::iso::opt")]
    pub renewal_start: Option<NaiveDate>,
    /// Benefit expiry date: the last day to activate benefits and redeem keys.
    #[serde(default, with = "crate::model::iso::opt")]
    pub benefit_expiry: Option<NaiveDate>,
    /// Country or region of the membership, as Partner Center shows it.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub country: String,
    /// Renewals recorded in the app, oldest first.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub renewals: Vec<RenewalRecord>,
}

/// A renewal as recorded: the day it was paid and the dates it set (R4, R1).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct RenewalRecord {
    /// The day the renewal was paid.
    #[serde(with = "crate::model::iso::serde")]
    pub paid_on: NaiveDate,
    /// The anniversary before it.
    #[serde(with = "crate::model::iso::serde")]
    pub previous_anniversary: NaiveDate,
    /// The new anniversary (the previous + 12 months, R4).
    #[serde(with = "crate::model::iso::serde")]
    pub anniversary: NaiveDate,
    /// The new benefit expiry date (R1).
    #[serde(with = "crate::model::iso::serde")]
    pub benefit_expiry: NaiveDate,
    /// The offer before, when the renewal moved to another one (R25: a retired
    /// offer renews as a move to a benefits package; schema 8).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub from_offer: Option<Offer>,
    /// The day Visual Studio subscriptions and Azure credits were reassigned
    /// after that move (R27: once), when done (schema 8).
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "crate::model::iso::opt"
    )]
    pub reassigned_on: Option<NaiveDate>,
}

/// How and where a key was redeemed.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Redemption {
    /// Day of redemption.
    #[serde(with = "crate::model::iso::serde")]
    pub on: NaiveDate,
    /// Whose tenant.
    pub owner: TenantOwner,
    /// The subscription it went to, if recorded.
    pub subscription: Option<u64>,
    /// New, add or extend.
    pub mode: RedemptionMode,
    /// The tenant it was redeemed in (for example `contoso.onmicrosoft.com`).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub tenant: String,
    /// The last day its licenses work, fixed on the day of redemption: 12
    /// months on for a new subscription (R2), the subscription's new end when
    /// added (R7) or extended (R8). Absent before schema 8 (then derived once
    /// from the subscription's history, `rules::keys::key_end`).
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "crate::model::iso::opt"
    )]
    pub ends: Option<NaiveDate>,
}

/// A product key. `key` is a secret: masked in the UI, never logged.
#[derive(Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ProductKey {
    /// Stable id.
    pub id: u64,
    /// Product name.
    pub product: String,
    /// The 25-character key, `XXXXX-XXXXX-XXXXX-XXXXX-XXXXX`.
    pub key: String,
    /// Licenses it carries.
    pub licenses: u32,
    /// Redemption, once redeemed.
    pub redemption: Option<Redemption>,
    /// Whether it was replaced (R9).
    pub replaced: bool,
    /// Day the key was received, if recorded.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "crate::model::iso::opt"
    )]
    pub received: Option<NaiveDate>,
    /// The replacement asked for this key (R9), once.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub replacement: Option<Replacement>,
    /// The key this one replaces (R9).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub replaces: Option<u64>,
    /// The key text sealed in the vault (then `key` is empty).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sealed: Option<vault::SealedKey>,
}

/// A replacement asked for a redeemed key (R9: once, within 30 days after it
/// was activated), and the key Microsoft gave for it once it is recorded.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Replacement {
    /// The day it was asked for.
    #[serde(with = "crate::model::iso::serde")]
    pub asked_on: NaiveDate,
    /// The replacement key, once recorded.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub by: Option<u64>,
}

impl std::fmt::Debug for ProductKey {
    // Never print the key itself, even in a panic message or a test failure.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ProductKey")
            .field("id", &self.id)
            .field("product", &self.product)
            .field("key", &"*****")
            .field("licenses", &self.licenses)
            .field("redemption", &self.redemption)
            .field("replaced", &self.replaced)
            .field("received", &self.received)
            .field("replacement", &self.replacement)
            .field("replaces", &self.replaces)
            .field("sealed", &self.sealed.is_some())
            .finish()
    }
}

/// A benefit redeemed without a key (R17, the "modernized" flow): a product and
/// how many licenses the partner is entitled to, then — once the $0 checkout is
/// done in the Microsoft 365 admin center — the day and the tenant it went to.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct KeylessBenefit {
    /// Stable id.
    pub id: u64,
    /// Product name, as Partner Center lists it.
    pub product: String,
    /// Licenses it carries.
    pub quantity: u32,
    /// Its redemption, once done.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub redeemed: Option<KeylessRedemption>,
}

/// The redemption of a [`KeylessBenefit`] (R17, R18).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct KeylessRedemption {
    /// Day of redemption.
    #[serde(with = "crate::model::iso::serde")]
    pub on: NaiveDate,
    /// The tenant under the partner's billing account it went to (R18).
    pub tenant: String,
    /// Its end, fixed on the day of redemption: the end of the membership
    /// term that day fell in (R19). Absent before schema 8 (then derived
    /// from the renewal history, `rules::program::keyless_end_of`).
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "crate::model::iso::opt"
    )]
    pub ends: Option<NaiveDate>,
}

/// A cloud subscription.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Subscription {
    /// Stable id.
    pub id: u64,
    /// Product name.
    pub product: String,
    /// Active licenses.
    pub licenses: u32,
    /// End date.
    #[serde(with = "crate::model::iso::serde")]
    pub end: NaiveDate,
    /// The tenant it lives in.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub tenant: String,
    /// Earlier states, oldest first: what it was before each change.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub history: Vec<SubscriptionChange>,
}

/// One change to a subscription: its licenses and end date before the change,
/// the day of the change, and the key that caused it, if any.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SubscriptionChange {
    /// Day of the change.
    #[serde(with = "crate::model::iso::serde")]
    pub on: NaiveDate,
    /// Licenses before.
    pub licenses: u32,
    /// End date before.
    #[serde(with = "crate::model::iso::serde")]
    pub end: NaiveDate,
    /// The key redeemed into it, if that was the change.
    pub key: Option<u64>,
}

/// Where a user record came from.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize)]
pub enum UserSource {
    /// Typed in this app.
    #[default]
    Manual,
    /// Partner Center user management (export or by hand).
    PartnerCenter,
    /// Azure AD / Entra ID user list.
    AzureAd,
}
crate::de_by_name!(UserSource { "Manual" => Manual, "PartnerCenter" => PartnerCenter, "AzureAd" => AzureAd });

impl UserSource {
    /// The default, left out of the stored document to keep it small.
    pub fn is_manual(&self) -> bool {
        *self == UserSource::Manual
    }
}

/// A user who can receive Visual Studio seats or Azure credit.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct User {
    /// Stable id.
    pub id: u64,
    /// Display name.
    pub name: String,
    /// Email or user principal name.
    pub email: String,
    /// Azure offers the user already has (R11).
    pub offers: Vec<AzureOffer>,
    /// Where the record came from.
    #[serde(default, skip_serializing_if = "UserSource::is_manual")]
    pub source: UserSource,
}

/// Who holds a Visual Studio seat, since when.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct VsAssignment {
    /// The user's id.
    pub user: u64,
    /// Day of assignment (R13 counts 90 days from it).
    #[serde(with = "crate::model::iso::serde")]
    pub assigned_on: NaiveDate,
    /// Day the user activated the subscription, when known.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "crate::model::iso::opt"
    )]
    pub activated_on: Option<NaiveDate>,
}

/// One Visual Studio seat.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct VsSeat {
    /// Stable id.
    pub id: u64,
    /// Subscription level.
    pub level: VsLevel,
    /// Current holder, if any.
    pub assignment: Option<VsAssignment>,
    /// Earlier holders, oldest first.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub history: Vec<VsPastAssignment>,
    /// What the subscriptions portal's export says of it, once imported
    /// ([`VsSeat::portal`]): one text, since every field the stored data
    /// has is read on the first visit.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub portal: String,
}

impl VsSeat {
    /// Its GUID, reference and expiration as the portal's export gave them
    /// (all empty for a seat never imported).
    pub fn portal(&self) -> fields::SeatPortal {
        let mut parts = self.portal.split('\u{1f}');
        let mut next = || parts.next().unwrap_or_default().to_owned();
        fields::SeatPortal {
            guid: next(),
            reference: next(),
            expires: crate::model::iso::parse(&next()),
        }
    }

    /// Its GUID in the portal, without reading the rest.
    pub fn portal_guid(&self) -> &str {
        self.portal.split('\u{1f}').next().unwrap_or_default()
    }

    /// Keep `p` as its portal details.
    pub fn set_portal(&mut self, p: &fields::SeatPortal) {
        let expires = p.expires.map(|d| d.to_string()).unwrap_or_default();
        self.portal = if p == &fields::SeatPortal::default() {
            String::new()
        } else {
            format!("{}\u{1f}{}\u{1f}{expires}", p.guid, p.reference)
        };
    }
}

/// A past holder of a seat.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct VsPastAssignment {
    /// The user's id.
    pub user: u64,
    /// Day assigned.
    #[serde(with = "crate::model::iso::serde")]
    pub from: NaiveDate,
    /// Day the seat was taken back or reassigned.
    #[serde(with = "crate::model::iso::serde")]
    pub to: NaiveDate,
}

/// An Azure credit offer (R11).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct AzureCredit {
    /// Stable id.
    pub id: u64,
    /// Monthly or bulk.
    pub kind: CreditKind,
    /// Amount in US dollars (per month for monthly credit).
    pub amount: u32,
    /// The user it is assigned to, if any.
    pub assignee: Option<u64>,
    /// Transfers of a bulk credit, oldest first.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub transfers: Vec<CreditTransfer>,
    /// The day its current holder got it (from Partner Center for history).
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "crate::model::iso::opt"
    )]
    pub given_on: Option<NaiveDate>,
    /// How often it moved from one person to another (before the app, as
    /// entered, and since).
    #[serde(default, skip_serializing_if = "is_zero")]
    pub reassigned: u32,
    /// The billing profile it sits on, in the keyless flow (R20; schema 7).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub billing_profile: String,
    /// The day it was provisioned (R21: a monthly credit is usable 13 months
    /// from it; schema 7).
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "crate::model::iso::opt"
    )]
    pub provisioned: Option<NaiveDate>,
}

impl Dataset {
    /// Whether subscription `sub` came from a product key: a key's redemption
    /// names it (a new subscription made by a key has no history entry), or a
    /// change in its history does. Such a subscription can be added to or
    /// extended with keys (R7, R8, R6), keyless membership or not.
    pub fn from_key(&self, sub: u64) -> bool {
        self.keys
            .iter()
            .any(|k| k.redemption.as_ref().and_then(|r| r.subscription) == Some(sub))
            || self
                .subscriptions
                .iter()
                .find(|s| s.id == sub)
                .is_some_and(|s| s.history.iter().any(|h| h.key.is_some()))
    }

    /// Whether the membership redeems without keys (R17): its benefits have no
    /// key text, and its Azure credit sits on a billing profile (R20).
    pub fn keyless(&self) -> bool {
        self.membership
            .as_ref()
            .is_some_and(|m| m.flow == RedemptionFlow::Keyless)
    }
}

impl AzureCredit {
    /// A credit offer of `kind` and `amount` as recorded before anything
    /// happened to it: id 0 (until added), nobody holding it, no history.
    ///
    /// ```
    /// use benefits_desk::model::{AzureCredit, CreditKind};
    /// let c = AzureCredit::new(CreditKind::Monthly, 150);
    /// assert_eq!((c.id, c.assignee, c.provisioned), (0, None, None));
    /// ```
    pub fn new(kind: CreditKind, amount: u32) -> Self {
        AzureCredit {
            id: 0,
            kind,
            amount,
            assignee: None,
            transfers: vec![],
            given_on: None,
            reassigned: 0,
            billing_profile: String::new(),
            provisioned: None,
        }
    }
}

pub(crate) fn is_zero(n: &u32) -> bool {
    *n == 0
}

/// A bulk credit moved from one user to another (bulk credit is never removed).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CreditTransfer {
    /// Day of the transfer.
    #[serde(with = "crate::model::iso::serde")]
    pub on: NaiveDate,
    /// Previous holder.
    pub from: u64,
    /// New holder.
    pub to: u64,
}

/// The technical support contract (R15, R16).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct SupportContract {
    /// Access ID from Partner Center.
    pub access_id: String,
    /// Contract ID from Partner Center.
    pub contract_id: String,
    /// Day support was activated.
    #[serde(default, with = "crate::model::iso::opt")]
    pub activated_on: Option<NaiveDate>,
    /// Incidents allowed; `None` uses the program default (R16).
    pub incidents_allowed: Option<u32>,
    /// Incidents used so far.
    pub incidents_used: u32,
    /// Signature cloud incidents allowed a year, when entered (R28: not
    /// published for the benefits packages); `None` uses the default.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cloud_incidents_allowed: Option<u32>,
    /// Advisory hours allowed a year, when entered (as above).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub advisory_hours_allowed: Option<u32>,
    /// Signature cloud support incidents used this contract year (R16).
    #[serde(default, skip_serializing_if = "is_zero")]
    pub cloud_incidents_used: u32,
    /// Advisory hours used this contract year (R16).
    #[serde(default, skip_serializing_if = "is_zero")]
    pub advisory_hours_used: u32,
    /// Earlier contract years and what was used in each, oldest first.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub years: Vec<ContractYear>,
}

/// One finished contract year of support and what was used in it (R16).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ContractYear {
    /// Its first day (the activation day, or the day after the year before).
    #[serde(with = "crate::model::iso::serde")]
    pub from: NaiveDate,
    /// Its last day.
    #[serde(with = "crate::model::iso::serde")]
    pub to: NaiveDate,
    /// On-premises incidents used.
    pub incidents_used: u32,
    /// Signature cloud incidents used.
    #[serde(default)]
    pub cloud_incidents_used: u32,
    /// Advisory hours used.
    #[serde(default)]
    pub advisory_hours_used: u32,
}

/// Everything the user keeps. Missing lists read as empty.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Dataset {
    /// The membership, once entered.
    pub membership: Option<Membership>,
    /// Product keys.
    pub keys: Vec<ProductKey>,
    /// Benefits redeemed without keys (R17; schema 6).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub benefits: Vec<KeylessBenefit>,
    /// Cloud subscriptions.
    pub subscriptions: Vec<Subscription>,
    /// Users.
    pub users: Vec<User>,
    /// Visual Studio seats.
    pub vs_seats: Vec<VsSeat>,
    /// The support contract, once entered.
    pub support: Option<SupportContract>,
    /// Azure credit offers.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub credits: Vec<AzureCredit>,
    /// The key vault, when key texts are locked with a passphrase.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub vault: Option<vault::Vault>,
    /// Where sources disagree, the reading the user follows (schema 7; absent:
    /// RULES.md's defaults).
    #[serde(default)]
    pub readings: readings::Readings,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_enum_read_by_name_accepts_its_names_from_text_and_from_a_value_and_names_the_choices_otherwise()
     {
        assert_eq!(
            serde_json::from_str::<Offer>("\"Gold\"").unwrap(),
            Offer::Gold
        );
        let v = serde_json::json!("PartnerSuccessExpanded");
        assert_eq!(
            serde_json::from_value::<Offer>(v).unwrap(),
            Offer::PartnerSuccessExpanded
        );
        let err = serde_json::from_str::<VsLevel>("\"Premium\"")
            .unwrap_err()
            .to_string();
        assert!(err.contains("unknown variant `Premium`"), "{err}");
        assert!(
            err.contains("expected `Professional` or `Enterprise`"),
            "{err}"
        );
        assert!(serde_json::from_str::<CreditKind>("3").is_err());
        // Written and read back alike, for every variant of each kind.
        for o in [
            Offer::ActionPack,
            Offer::SolutionsPartner,
            Offer::PartnerLaunch,
        ] {
            let text = serde_json::to_string(&o).unwrap();
            assert_eq!(serde_json::from_str::<Offer>(&text).unwrap(), o);
        }
    }
}
