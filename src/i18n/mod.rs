//! Message catalogs, zh-CN and English.
//!
//! A catalog is a struct with one field per message, so the compiler refuses
//! a build in which either language lacks a message. Views take every text
//! from here.

use serde::{Deserialize, Serialize};

/// A user-interface language.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, Default)]
pub enum Lang {
    #[default]
    #[serde(rename = "zh-CN")]
    Zh,
    #[serde(rename = "en")]
    En,
}

impl Lang {
    pub const ALL: [Lang; 2] = [Lang::Zh, Lang::En];

    /// The BCP 47 tag, as used in `?lang=` and `<html lang>`.
    pub fn tag(self) -> &'static str {
        match self {
            Lang::Zh => "zh-CN",
            Lang::En => "en",
        }
    }

    /// Reads `zh`, `zh-CN`, `en`, `en-US` and the like; `None` for anything else.
    pub fn parse(s: &str) -> Option<Lang> {
        let s = s.trim().to_ascii_lowercase();
        if s == "zh" || s.starts_with("zh-") {
            Some(Lang::Zh)
        } else if s == "en" || s.starts_with("en-") {
            Some(Lang::En)
        } else {
            None
        }
    }
}

/// A count as the app shows it, in both languages: its digits grouped by
/// thousands with commas (`10,000`), as figures are ([`crate::input::display`]).
/// A province's plan counts its tasks and reports in the tens of thousands.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Num(pub usize);

impl std::fmt::Display for Num {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&crate::input::group_digits(&self.0.to_string()))
    }
}

/// A file's size in megabytes to one decimal, rounded up: a file a byte
/// over 128 MB is "128.1 MB", never "128.0 MB" over a limit of 128.
pub(crate) fn mb_up(bytes: u64) -> String {
    let tenths = bytes.div_ceil(104_858);
    format!("{}.{}", tenths / 10, tenths % 10)
}

/// An English count and its noun: "1 task", "10,000 tasks".
pub(crate) fn plural(n: usize, one: &str, many: &str) -> String {
    if n == 1 {
        format!("1 {one}")
    } else {
        format!("{} {many}", Num(n))
    }
}

pub mod about;
pub mod bulletin;
pub mod csv;
pub mod dashboard;
// In a build of the other language alone, unused: left out by the linker.
#[cfg_attr(not(feature = "en"), allow(dead_code))]
mod en;
pub mod exchange;
pub mod figures;
pub mod help;
pub mod history;
pub mod import;
pub mod ledger;
pub mod nav;
pub mod onboarding;
pub mod report;
pub mod sample_text;
pub mod scoreboard;
pub mod setup;
pub mod storage_text;
pub mod supervision;
pub mod table;
pub mod timeline;
#[cfg_attr(not(feature = "zh"), allow(dead_code))]
mod zh;

use crate::format::ImportError;
use crate::model::{Level, ReportedStatus, Tier};
use crate::status::{Light, Reason, Status};
use crate::validate::{Kind, Problem, ProblemKind};

/// Every user-facing text, in one language.
pub struct Catalog {
    pub app_name: &'static str,
    pub skip_to_content: &'static str,
    pub toolbar: &'static str,
    pub language: &'static str,
    /// Asked before the language is switched (the page loads again) while a
    /// form the user has typed in is open.
    pub lang_switch_unsaved: &'static str,
    /// Asked before another view is shown while a form the user has typed
    /// in is open.
    pub leave_unsaved: &'static str,
    pub plan_switcher: &'static str,
    pub export: &'static str,
    pub export_hint: &'static str,
    pub import: &'static str,
    pub import_hint: &'static str,
    pub restore_sample: &'static str,
    pub restore_sample_confirm: &'static str,
    pub dismiss: &'static str,
    pub period: &'static str,
    pub issuer: &'static str,
    pub level: &'static str,
    pub overall_progress: &'static str,
    pub tasks: &'static str,
    pub projects: &'static str,
    pub indicators: &'static str,
    pub reports: &'static str,
    pub units: &'static str,
    pub col_code: &'static str,
    pub col_task: &'static str,
    pub col_lead: &'static str,
    pub col_tier: &'static str,
    pub col_deadline: &'static str,
    pub col_progress: &'static str,
    pub no_deadline: &'static str,
    pub no_areas: &'static str,
    pub unknown_unit: &'static str,
    pub add_task: &'static str,
    pub new_task: &'static str,
    pub field_code: &'static str,
    pub field_title: &'static str,
    pub field_area: &'static str,
    pub field_lead: &'static str,
    pub field_tier: &'static str,
    pub field_start: &'static str,
    pub field_deadline: &'static str,
    pub choose: &'static str,
    /// The label of a long list's finder, after the list's name: "Find in
    /// “Lead unit”".
    pub find_in: fn(&str) -> String,
    /// Said when nothing in a list has every word typed into its finder.
    pub find_none: fn(&str) -> String,
    pub save: &'static str,
    pub cancel: &'static str,
    pub form_has_errors: &'static str,
    pub task_added: &'static str,
    pub download_raw: &'static str,
    pub storage_failed: &'static str,
    /// A plan file could not be handed to the browser as a download.
    pub download_failed: &'static str,
    pub export_now: &'static str,
    pub sample_restored: &'static str,
    pub import_failed: &'static str,
    pub error_detail: &'static str,
    pub problem_more: fn(usize) -> String,
    pub period_range: fn(&str, &str) -> String,
    pub task_count: fn(usize) -> String,
    pub progress_of: fn(&str, f64) -> String,
    pub stored_plan_unreadable: fn(&str) -> String,
    pub level_name: fn(Level) -> &'static str,
    pub tier_name: fn(Tier) -> &'static str,
    pub kind_name: fn(Kind) -> &'static str,
    pub field_name: fn(&str) -> Option<&'static str>,
    pub problem_kind: fn(&ProblemKind) -> String,
    /// A problem where it stands in a file: (kind, label, field in words
    /// when known, what is wrong, path).
    pub problem_at: fn(&str, &str, Option<&str>, &str, &str) -> String,
    pub import_error: fn(&ImportError) -> String,
    pub not_found: fn(&str, &str) -> String,
    pub in_use: fn(&str, usize) -> String,
    pub report_immutable: &'static str,
    pub bad_position: fn(usize) -> String,
    // Traffic lights
    pub light_name: fn(Light) -> &'static str,
    pub light_reason: fn(&Reason) -> String,
    /// A task's light where the unit's own reported status claims another:
    /// (the reported status in words, the light shown, the shown light's reason).
    pub reported_vs_shown: fn(&str, Light, &str) -> String,
    pub col_light: &'static str,
    pub as_of: &'static str,
    // Navigation
    pub nav_label: &'static str,
    pub nav_dashboard: &'static str,
    pub nav_tasks: &'static str,
    pub nav_timeline: &'static str,
    pub nav_period_report: &'static str,
    pub nav_projects: &'static str,
    pub nav_indicators: &'static str,
    pub nav_units: &'static str,
    pub nav_report: &'static str,
    pub nav_setup: &'static str,
    pub nav_plans: &'static str,
    pub nav_history: &'static str,
    pub back_to_tasks: &'static str,
    pub not_found_item: &'static str,
    // Undo, redo and the change history
    pub undo: &'static str,
    pub redo: &'static str,
    pub undo_hint: &'static str,
    pub redo_hint: &'static str,
    pub nothing_to_undo: &'static str,
    pub undone: &'static str,
    pub redone: &'static str,
    pub history_title: &'static str,
    pub history_empty: &'static str,
    pub col_when: &'static str,
    pub col_who: &'static str,
    pub col_what: &'static str,
    /// The History's button that brings back what a change removed.
    pub bring_back: &'static str,
    /// Before the removal's sentence, once brought back.
    pub brought_back: &'static str,
    /// A removal that no longer applies, tried anyway (another tab changed it).
    pub bring_back_gone: &'static str,
    /// Beside a removal that can no longer be brought back.
    pub bring_back_changed: &'static str,
    /// The History's button that shows older changes (how many).
    pub history_more: fn(usize) -> String,
    /// How many changes are shown, of how many.
    pub history_shown: fn(usize, usize) -> String,
    /// One sentence per history entry.
    pub history: &'static history::HistoryText,
    /// The About panel and the new-version notice.
    pub about: &'static about::AboutText,
    /// The supervision loop: sources, steps, notices.
    pub supervision: &'static supervision::SupervisionText,
    /// The supervision loop in the overview views, and the bulletin.
    pub bulletin: &'static bulletin::BulletinText,
    /// The header and the navigation's groups and menus.
    pub nav: &'static nav::NavText,
    /// The help page, the keyboard shortcuts and the first visit's guide.
    pub help: &'static help::HelpText,
    // Who is using the app
    pub you: &'static str,
    pub your_name: &'static str,
    pub your_unit: &'static str,
    pub set_identity: &'static str,
    pub anonymous: &'static str,
    // Roll-ups
    pub light_counts: &'static str,
    pub by_goal: &'static str,
    pub by_tier: &'static str,
    pub col_tasks: &'static str,
    pub lights_summary: fn(usize, usize, usize, usize, usize) -> String,
    // Texts of individual views
    pub ledger: &'static ledger::LedgerText,
    pub setup: &'static setup::SetupText,
    pub figures: &'static figures::FiguresText,
    pub table: &'static table::TableText,
    pub dashboard: &'static dashboard::DashboardText,
    pub scoreboard: &'static scoreboard::ScoreboardText,
    pub timeline: &'static timeline::TimelineText,
    pub report: &'static report::ReportText,
    pub csv: &'static csv::CsvText,
    pub exchange: &'static exchange::ExchangeText,
    pub import_preview: &'static import::ImportText,
    /// The storage notices: full quota, unreadable stored plans, other tabs.
    pub storage: &'static storage_text::StorageText,
    /// The sample banner, the new-plan dialog and the setup checklist.
    pub onboarding: &'static onboarding::OnboardingText,
    /// The sample plan and the language.
    pub sample: &'static sample_text::SampleText,
}

#[cfg(not(any(feature = "zh", feature = "en")))]
compile_error!("build at least one language: the cargo feature `zh` or `en`");

/// The catalog that stands in for a language this build does not carry:
/// the one it has. The page loads the build of the language chosen
/// ([`Lang::built`]), and a switch to the other loads the page again.
#[cfg(feature = "zh")]
pub(crate) const BUILT: &Catalog = &zh::CATALOG;
#[cfg(not(feature = "zh"))]
pub(crate) const BUILT: &Catalog = &en::CATALOG;

/// The catalog of a build that carries one language (a release build), or
/// `None` with both: a build with one shows it whatever language is asked
/// for, so its views have no language to follow.
pub const ONLY: Option<&Catalog> = if cfg!(all(feature = "zh", feature = "en")) {
    None
} else {
    Some(BUILT)
};

impl Lang {
    /// The catalog of `self`; in a build without it, the one it has.
    pub fn catalog(self) -> &'static Catalog {
        match self {
            #[cfg(feature = "zh")]
            Lang::Zh => &zh::CATALOG,
            #[cfg(feature = "en")]
            Lang::En => &en::CATALOG,
            #[allow(unreachable_patterns)]
            _ => BUILT,
        }
    }

    /// Whether this build carries `self`'s catalog (the cargo features
    /// `zh` and `en`; a release build carries one).
    pub const fn built(self) -> bool {
        match self {
            Lang::Zh => cfg!(feature = "zh"),
            Lang::En => cfg!(feature = "en"),
        }
    }

    /// The language's name in itself, as the language menu lists it.
    pub fn name(self) -> &'static str {
        match self {
            Lang::Zh => "中文",
            Lang::En => "English",
        }
    }
}

impl Catalog {
    /// "where: what" for one problem; the path's last field named in words when known.
    pub fn problem(&self, p: &Problem) -> String {
        let field = p.path.rsplit('.').next().unwrap_or("");
        let field = field.split('[').next().unwrap_or(field);
        let what = (self.problem_kind)(&p.kind);
        match (self.field_name)(field) {
            Some(name) if !p.path.is_empty() => format!("{} ({name}): {what}", p.path),
            _ if !p.path.is_empty() => format!("{}: {what}", p.path),
            _ => what,
        }
    }

    /// [`Catalog::problem`] with where the problem stands in the file's
    /// own words, when known: "task “2.3 …”, deadline: …".
    pub fn problem_in(&self, p: &Problem, place: Option<&crate::validate::Place>) -> String {
        let Some(place) = place else {
            return self.problem(p);
        };
        let field = p.path.rsplit('.').next().unwrap_or("");
        let field = field.split('[').next().unwrap_or(field);
        // A path that ends at the entity itself names no field of it.
        let field = (!p.path.ends_with(']'))
            .then(|| (self.field_name)(field))
            .flatten();
        (self.problem_at)(
            (self.kind_name)(place.kind),
            &place.label,
            field,
            &(self.problem_kind)(&p.kind),
            &p.path,
        )
    }

    /// The reason for a task's light, with the status its unit reported
    /// beside it when that claims a different light ([`crate::status::claim`]).
    pub fn task_reason(&self, status: &Status, claim: Option<ReportedStatus>) -> String {
        let reason = (self.light_reason)(&status.reason);
        match claim {
            Some(reported) => (self.reported_vs_shown)(
                (self.ledger.reported_status)(reported),
                status.light,
                &reason,
            ),
            None => reason,
        }
    }

    /// The message for a refused command.
    pub fn command_error(&self, e: &crate::command::CommandError) -> String {
        use crate::command::CommandError as E;
        match e {
            E::Invalid(ps) => ps
                .iter()
                .map(|p| self.problem(p))
                .collect::<Vec<_>>()
                .join("; "),
            E::NotFound(kind, id) => (self.not_found)((self.kind_name)(*kind), id.as_str()),
            E::InUse { kind, by, .. } => (self.in_use)((self.kind_name)(*kind), by.len()),
            E::ReportImmutable(_) => self.report_immutable.to_string(),
            E::StepRecorded(_) => self.supervision.step_recorded.to_string(),
            E::BadPosition(at) => (self.bad_position)(*at),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parse_lang() {
        assert_eq!(Lang::parse("en"), Some(Lang::En));
        assert_eq!(Lang::parse("EN-us"), Some(Lang::En));
        assert_eq!(Lang::parse("zh-CN"), Some(Lang::Zh));
        assert_eq!(Lang::parse("fr"), None);
    }

    #[test]
    fn the_only_catalog_is_the_one_every_language_gets() {
        match ONLY {
            None => assert!(Lang::Zh.built() && Lang::En.built()),
            Some(only) => {
                for lang in [Lang::Zh, Lang::En] {
                    assert!(std::ptr::eq(only, lang.catalog()), "{}", lang.tag());
                }
            }
        }
    }

    #[test]
    fn catalogs_differ_and_are_filled() {
        let (zh, en) = (Lang::Zh.catalog(), Lang::En.catalog());
        assert_ne!(zh.app_name, en.app_name);
        assert!((zh.period_range)("a", "b").contains('a'));
        for cut_short in [false, true] {
            let e = ImportError::Syntax {
                line: 3,
                column: 7,
                path: Some("plan.tasks[2]".into()),
                cut_short,
                detail: String::new(),
            };
            for c in [zh, en] {
                let m = (c.import_error)(&e);
                assert!(m.contains('3') && m.contains('7'), "{m}");
                assert!(m.contains("plan.tasks[2]"), "{m}");
            }
        }
    }

    #[test]
    fn counts_are_grouped_by_thousands() {
        let shown: Vec<String> = [0, 7, 999, 1_000, 12_345, 120_000, 1_234_567]
            .iter()
            .map(|&n| Num(n).to_string())
            .collect();
        assert_eq!(
            shown,
            ["0", "7", "999", "1,000", "12,345", "120,000", "1,234,567"]
        );
        assert_eq!(
            Num(usize::MAX).to_string().replace(',', ""),
            usize::MAX.to_string()
        );
        assert_eq!(plural(1, "task", "tasks"), "1 task");
        assert_eq!(plural(10_000, "task", "tasks"), "10,000 tasks");
        // Both languages, where a province's figures show.
        assert_eq!(
            (Lang::En.catalog().table.count)(10, 10_000),
            "10 of 10,000 tasks"
        );
        assert_eq!(
            (Lang::Zh.catalog().table.count)(10_000, 10_000),
            "共 10,000 项任务"
        );
        assert_eq!((Lang::Zh.catalog().table.in_parens)(1_200), "（1,200）");
    }
}
