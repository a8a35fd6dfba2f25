//! A task query written as URL query parameters, and read back.
//!
//! `q` (search words), `area`, `goal`, `tier`, `lead`, `co`, `light` and `tag`
//! (each repeated for several values), `pmin` and `pmax` (progress, 0–100),
//! `due_from` and `due_to` and `since` (YYYY-MM-DD), `overdue=1`, `source`
//! (each repeated: `plan`, `meeting`, `instruction`, `document`, `other`);
//! the supervision loop's `stage` (each repeated: `not_assigned`, `assigned`,
//! `signed_for`, `completion_reported`, `accepted`, `returned`,
//! `closed_out`), `unsigned=1` (not signed for in time), `notice` (an open
//! notice, each repeated: `any`, `reminder`, `chase`, `by_name`) and `reply`
//! (each repeated: `late`, `missing`); `sort` (a
//! column) and `desc=1`. Values that cannot be read are ignored, so an old or
//! hand-edited link still opens.

use super::{Grouping, Sort, SortKey, TaskFilter, TaskQuery};
use crate::model::{Choice, Date, Id, SourceKind, Tier};
use crate::status::Light;
use crate::supervision::{open_notice_key, LoopStage, ReplyState, OPEN_NOTICES, REPLY_FLAGS};

pub fn tier_key(t: Tier) -> &'static str {
    match t {
        Tier::Regular => "regular",
        Tier::Key => "key",
        Tier::KeyBreakthrough => "key_breakthrough",
    }
}

pub fn parse_tier(s: &str) -> Option<Tier> {
    [Tier::Regular, Tier::Key, Tier::KeyBreakthrough]
        .into_iter()
        .find(|t| tier_key(*t) == s)
}

pub fn light_key(l: Light) -> &'static str {
    match l {
        Light::Completed => "completed",
        Light::Green => "green",
        Light::Yellow => "yellow",
        Light::Grey => "grey",
        Light::Red => "red",
    }
}

pub fn parse_light(s: &str) -> Option<Light> {
    Light::ALL.into_iter().find(|l| light_key(*l) == s)
}

fn sort_key_name(k: SortKey) -> &'static str {
    match k {
        SortKey::Code => "code",
        SortKey::Title => "title",
        SortKey::Area => "area",
        SortKey::Lead => "lead",
        SortKey::CoUnits => "co_units",
        SortKey::Tier => "tier",
        SortKey::Deadline => "deadline",
        SortKey::Progress => "progress",
        SortKey::Light => "light",
        SortKey::LastReport => "last_report",
    }
}

/// A reply flag's key: `late`, `missing` (the others are no filter).
pub fn reply_key(r: ReplyState) -> &'static str {
    match r {
        ReplyState::Late => "late",
        ReplyState::Missing => "missing",
        ReplyState::Pending => "pending",
        ReplyState::OnTime => "on_time",
    }
}

fn date(s: &str) -> Option<Date> {
    crate::model::parse_ymd(s)
}

fn percent(s: &str) -> Option<u8> {
    s.parse::<u8>().ok().filter(|p| *p <= 100)
}

impl TaskQuery {
    /// The query as `(key, value)` pairs, in a fixed order; empty filters
    /// write nothing.
    pub fn to_params(&self) -> Vec<(String, String)> {
        let f = &self.filter;
        let mut out: Vec<(String, String)> = Vec::new();
        let mut put = |k: &str, v: String| out.push((k.to_string(), v));
        if !f.text.trim().is_empty() {
            put("q", f.text.clone());
        }
        for id in &f.areas {
            put("area", id.to_string());
        }
        for id in &f.goals {
            put("goal", id.to_string());
        }
        for t in &f.tiers {
            put("tier", tier_key(*t).into());
        }
        for id in &f.leads {
            put("lead", id.to_string());
        }
        for id in &f.co_units {
            put("co", id.to_string());
        }
        for l in &f.lights {
            put("light", light_key(*l).into());
        }
        if let Some(p) = f.progress_min {
            put("pmin", p.to_string());
        }
        if let Some(p) = f.progress_max {
            put("pmax", p.to_string());
        }
        if let Some(d) = f.due_from {
            put("due_from", d.to_string());
        }
        if let Some(d) = f.due_to {
            put("due_to", d.to_string());
        }
        for t in &f.tags {
            put("tag", t.clone());
        }
        if f.overdue {
            put("overdue", "1".into());
        }
        if let Some(d) = f.no_report_since {
            put("since", d.to_string());
        }
        for s in &f.sources {
            put("source", s.key().into());
        }
        for s in &f.stages {
            put("stage", s.key().into());
        }
        if f.not_signed_in_time {
            put("unsigned", "1".into());
        }
        for v in &f.notices {
            put("notice", open_notice_key(*v).into());
        }
        for r in &f.replies {
            put("reply", reply_key(*r).into());
        }
        if let Some(s) = self.sort {
            put("sort", sort_key_name(s.key).into());
            if s.descending {
                put("desc", "1".into());
            }
        }
        out
    }

    /// Read a query from decoded `(key, value)` pairs; other keys are ignored.
    pub fn from_params(params: &[(String, String)]) -> TaskQuery {
        let mut f = TaskFilter::default();
        let mut sort_key = None;
        let mut descending = false;
        fn add<T: PartialEq>(list: &mut Vec<T>, v: Option<T>) {
            if let Some(v) = v {
                if !list.contains(&v) {
                    list.push(v);
                }
            }
        }
        let id = |v: &str| (!v.is_empty()).then(|| Id::new(v));
        for (k, v) in params {
            let v = v.as_str();
            match k.as_str() {
                "q" => f.text = v.to_string(),
                "area" => add(&mut f.areas, id(v)),
                "goal" => add(&mut f.goals, id(v)),
                "tier" => add(&mut f.tiers, parse_tier(v)),
                "lead" => add(&mut f.leads, id(v)),
                "co" => add(&mut f.co_units, id(v)),
                "light" => add(&mut f.lights, parse_light(v)),
                "pmin" => f.progress_min = percent(v),
                "pmax" => f.progress_max = percent(v),
                "due_from" => f.due_from = date(v),
                "due_to" => f.due_to = date(v),
                "tag" => add(&mut f.tags, (!v.is_empty()).then(|| v.to_string())),
                "overdue" => f.overdue = v == "1",
                "since" => f.no_report_since = date(v),
                "source" => add(&mut f.sources, SourceKind::from_key(v)),
                "stage" => add(&mut f.stages, LoopStage::from_key(v)),
                "unsigned" => f.not_signed_in_time = v == "1",
                "notice" => add(
                    &mut f.notices,
                    OPEN_NOTICES.into_iter().find(|n| open_notice_key(*n) == v),
                ),
                "reply" => add(
                    &mut f.replies,
                    REPLY_FLAGS.into_iter().find(|r| reply_key(*r) == v),
                ),
                "sort" => sort_key = SortKey::ALL.into_iter().find(|s| sort_key_name(*s) == v),
                "desc" => descending = v == "1",
                _ => {}
            }
        }
        if f.text.trim().is_empty() {
            f.text.clear();
        }
        TaskQuery {
            filter: f,
            sort: sort_key.map(|key| Sort { key, descending }),
        }
    }
}

impl Grouping {
    pub fn key(self) -> &'static str {
        match self {
            Grouping::Area => "area",
            Grouping::Unit => "unit",
        }
    }

    pub fn parse(s: &str) -> Grouping {
        if s == "unit" {
            Grouping::Unit
        } else {
            Grouping::Area
        }
    }
}
