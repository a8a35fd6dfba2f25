//! The sample plan that ships with the app: a composite "Shanxi 2023
//! transformation and development" supervision ledger.
//!
//! It is assembled from the five public reports in `seeds/` (the Shanxi
//! provincial press conference on accelerating transformation, Taiyuan's
//! municipal plenary meeting, Xiaodian district's plenary session, the Xinzhou
//! development-achievements report and Qibin district's key project meeting).
//! Goals, areas, measures and the indicator figures come from those reports;
//! deadlines, unit assignments, progress reports and investment figures the
//! reports do not give are illustrative, and the plan's description says so.
//!
//! Every text is written as a zh-CN / English pair through `t`; ids, codes,
//! numbers and dates are shared, so both languages describe the same plan.
//! Progress is set as of about 2023-09-30, so the supervision views have
//! something to show: tasks on track, at risk, lagging, overdue, completed,
//! never reported, and one withdrawn report.

mod figures;
mod reports;
mod scaled;
mod tasks;

pub use scaled::{province_year, scaled_plan};

use crate::i18n::Lang;
use crate::model::*;

/// The id the sample plan ships under. The app knows the sample by it, never
/// by its title (which the user may change).
pub const SAMPLE_ID: &str = "sample-shanxi-2023";

/// Whether `id` is the sample plan's: its own, or the one a second copy gets
/// when its own is taken (`sample-shanxi-2023-2`, `-3`, …).
pub fn is_sample_id(id: &Id) -> bool {
    match id.as_str().strip_prefix(SAMPLE_ID) {
        Some("") => true,
        Some(rest) => rest
            .strip_prefix('-')
            .is_some_and(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit())),
        None => false,
    }
}

/// Whether `plan` is the sample, or a sample opened beside it, by its id
/// (edited or not).
pub fn is_sample(plan: &Plan) -> bool {
    is_sample_id(&plan.id)
}

/// The language in which `plan` is the sample exactly as it shipped (its id
/// aside): nothing added, changed or recorded in its history since it was
/// loaded or restored. `None` for any other plan.
pub fn untouched_sample_lang(plan: &Plan) -> Option<Lang> {
    if !is_sample(plan) || !plan.history.is_empty() {
        return None;
    }
    Lang::ALL.into_iter().find(|&l| {
        let mut shipped = sample_plan(l);
        shipped.id = plan.id.clone();
        &shipped == plan
    })
}

/// The untouched sample `plan` in `lang`, under its own id: what to show
/// when the user switches to `lang`. `None` when `plan` is not an untouched
/// sample (the user's changes are never replaced) or is in `lang` already.
pub fn untouched_sample_in(plan: &Plan, lang: Lang) -> Option<Plan> {
    let was = untouched_sample_lang(plan)?;
    (was != lang).then(|| {
        let mut next = sample_plan(lang);
        next.id = plan.id.clone();
        next
    })
}

/// The language a sample the user has edited was loaded in: the one whose
/// texts it shares more of (title, goals, areas, units, task titles).
/// `None` for a plan that is not a sample or shares none.
pub fn sample_lang(plan: &Plan) -> Option<Lang> {
    if !is_sample(plan) {
        return None;
    }
    let texts = |p: &Plan| -> std::collections::HashSet<String> {
        std::iter::once(p.title.clone())
            .chain(p.goals.iter().map(|g| g.title.clone()))
            .chain(p.areas.iter().map(|a| a.title.clone()))
            .chain(p.units.iter().map(|u| u.name.clone()))
            .chain(p.tasks.iter().map(|t| t.title.clone()))
            .collect()
    };
    let here = texts(plan);
    let shared = |l: Lang| texts(&sample_plan(l)).intersection(&here).count();
    let (zh, en) = (shared(Lang::Zh), shared(Lang::En));
    match zh.cmp(&en) {
        _ if zh == 0 && en == 0 => None,
        std::cmp::Ordering::Less => Some(Lang::En),
        _ => Some(Lang::Zh),
    }
}

/// The embedded sample plan, in `lang`.
pub fn sample_plan(lang: Lang) -> Plan {
    let l = lang;
    let mut plan = Plan::new(
        Id::new(SAMPLE_ID),
        t(
            l,
            "山西省2023年转型发展重点任务督查台账（示例）",
            "Shanxi 2023 Transformation and Development Supervision Ledger (sample)",
        ),
        d(2023, 1, 1),
        d(2023, 12, 31),
    );
    plan.description = t(
        l,
        "本计划为演示用的汇编示例，依据五篇公开报道整理：山西省“山西加快转型发展”系列新闻发布会、\
         太原市政府全体会议、太原市小店区委全会、忻州市发展成就报道和鹤壁市淇滨区重点项目推进会。\
         战略定位、重点领域、工作举措和指标数据取自上述报道；报道中未给出的完成时限、责任单位、\
         进度报告和投资数额均为示意，不代表实际情况。",
        "A composite sample for demonstration, assembled from five public reports about Shanxi \
         province (the \"Shanxi Accelerates Transformation and Development\" press conference), \
         Taiyuan (the municipal government plenary meeting), Xiaodian district of Taiyuan (the \
         district committee plenary session), Xinzhou (its development-achievements report) and \
         Qibin district of Hebi (its key project promotion meeting). Strategic positioning, key \
         areas, measures and indicator figures come from those reports; deadlines, units, \
         progress reports and investment figures not given in those reports are illustrative \
         and do not describe actual work.",
    );
    plan.level = Level::Province;
    plan.issuer = t(
        l,
        "省委办公厅督查室（示例）",
        "Supervision Office, General Office of the Provincial Party Committee (sample)",
    );
    plan.cadence = Cadence::Monthly;
    plan.thresholds = Thresholds::default();
    plan.goals = goals(l);
    plan.areas = areas(l);
    plan.units = units(l);
    plan.tasks = tasks::tasks(l);
    plan.projects = figures::projects(l);
    plan.indicators = figures::indicators(l);
    plan.updates = reports::reports(l);
    plan
}

/// The text in `lang`: every text of the sample is written as a pair.
fn t(lang: Lang, zh: &'static str, en: &'static str) -> String {
    match lang {
        Lang::Zh => zh,
        Lang::En => en,
    }
    .to_string()
}

/// A date of the sample; all are written out by hand and valid.
fn d(y: i32, m: u32, day: u32) -> Date {
    Date::from_ymd_opt(y, m, day).expect("sample dates are valid")
}

fn goal(
    l: Lang,
    id: &str,
    title: (&'static str, &'static str),
    about: (&'static str, &'static str),
) -> Goal {
    Goal {
        id: Id::new(id),
        title: t(l, title.0, title.1),
        description: t(l, about.0, about.1),
    }
}

fn goals(l: Lang) -> Vec<Goal> {
    vec![
        goal(
            l,
            "g-two-basic",
            (
                "加快转型发展，实现“两个基本实现”目标",
                "Accelerate transformation and development to reach the \"two basic realization\" goals",
            ),
            (
                "实现省委十二届六次全会确定的“两个基本实现”目标；全面加强党的领导，为加快转型发展提供根本保证。\
                 省委审定2023年转型发展165项重点任务和50项重点突破任务，并建立转型发展综合评价指标体系。",
                "Achieve the \"two basic realization\" goals set by the Sixth Plenary Session of the 12th \
                 Provincial Party Committee, with comprehensively strengthened party leadership as the \
                 fundamental guarantee. The Provincial Party Committee approved 165 key tasks and 50 key \
                 breakthrough tasks for 2023 and an overall evaluation index system.",
            ),
        ),
        goal(
            l,
            "g-central-city",
            ("太原建设国家区域中心城市", "Taiyuan becomes a national regional central city"),
            (
                "坚定发展信心，直面问题挑战，奋力完成全年目标任务，展现经济发展主战场作用。",
                "Keep confidence in development, face problems head-on and achieve the annual goals \
                 and tasks, showing the city's role as the main battleground of economic development.",
            ),
        ),
        goal(
            l,
            "g-xiaodian",
            (
                "小店区：争当转型发展排头兵，打造“三晋首区”",
                "Xiaodian: lead the way in transformation and be the \"First District of Sanjin\"",
            ),
            (
                "围绕太原建设国家区域中心城市战略目标，巩固拓展比较优势，打造经济发展大区、改革创新区、\
                 环境优良区、文明开放区、社会治理区、科技创新区、城乡融合示范区和共同富裕标杆区。",
                "Serving Taiyuan's goal of becoming a national regional central city, consolidate and \
                 expand comparative advantages and become a large economic development area, a reform \
                 and innovation area, a good environment area, a civilized and open area, a governance \
                 area, a science area, an urban-rural integration model area and a benchmark area for \
                 common prosperity.",
            ),
        ),
        goal(
            l,
            "g-xinzhou",
            ("忻州市发展定位", "Xinzhou's development orientation"),
            (
                "作为全省脱贫攻坚的核心力量，打造文化旅游“三大板块”，创建生态环境、引领能源革命、\
                 扩大对外开放；推动高质量转型发展，在产业结构调整上取得重大突破。",
                "Be the core strength of poverty alleviation in the province, forge the \"three major \
                 sectors\" of cultural tourism, create a good ecological environment, lead the energy \
                 reform and open to the outside; pursue high-quality transformation with major \
                 breakthroughs in industrial restructuring.",
            ),
        ),
    ]
}

fn area(
    l: Lang,
    id: &str,
    goal: &str,
    title: (&'static str, &'static str),
    about: (&'static str, &'static str),
) -> KeyArea {
    KeyArea {
        id: Id::new(id),
        title: t(l, title.0, title.1),
        description: t(l, about.0, about.1),
        goal: Some(Id::new(goal)),
    }
}

/// The key areas, in code order: area `n` holds tasks `n.1`, `n.2`, …
fn areas(l: Lang) -> Vec<KeyArea> {
    vec![
        area(
            l,
            "a-province",
            "g-two-basic",
            ("全省转型发展重点任务", "Province-wide key tasks for transformation"),
            (
                "165项重点任务和50项重点突破任务涉及各市和省直部门，要求可量化、可考核、项目化；\
                 以综合评价指标体系和干部绩效考核推动落实。",
                "The 165 key tasks and 50 key breakthrough tasks involve the cities and provincial \
                 departments, with quantifiable, assessable and project-oriented requirements, driven \
                 by the evaluation index system and the performance assessment of cadres.",
            ),
        ),
        area(
            l,
            "a-projects",
            "g-two-basic",
            ("重点项目建设", "Key project construction"),
            (
                "牢固树立“项目为王”理念，对标年度投资计划目标，推动项目早开工、早竣工；\
                 淇滨区聚焦“三个一批”，高标准、高质量谋划、建设、推进项目。",
                "Treat the project as the \"king\": meet the annual investment plan targets and start \
                 and complete projects early; Qibin focuses on the \"three batches\" and plans, builds \
                 and advances projects to high standards.",
            ),
        ),
        area(
            l,
            "a-real-economy",
            "g-central-city",
            ("做强实体经济，突出招商引资", "Real economy and investment attraction"),
            (
                "把招商引资摆在突出位置，加快打响“下半年攻势”；助企稳产拓市，以科技创新为核心推动企业上云、上市、上规。",
                "Give investment attraction a prominent place and launch the \"second-half offensive\"; \
                 support enterprises, stabilize production and expand markets, with scientific and \
                 technological innovation at the core.",
            ),
        ),
        area(
            l,
            "a-consumption",
            "g-central-city",
            ("扩大消费", "Expanding consumption"),
            (
                "落实惠民政策，举办专题活动，促进大宗消费、文旅消费和住房消费。",
                "Policies benefiting the people, special events, bulk consumption, cultural and \
                 tourism consumption and housing.",
            ),
        ),
        area(
            l,
            "a-opening",
            "g-central-city",
            ("务实推进改革开放", "Reform and opening up"),
            (
                "深化国有企业改革、金融改革创新，扩大外贸外资，拓展经济发展新空间。",
                "Deepen state-owned enterprise reform and financial reform and innovation, expand \
                 foreign trade and investment, and open new space for economic development.",
            ),
        ),
        area(
            l,
            "a-safety",
            "g-central-city",
            ("城乡环境与安全稳定", "Urban and rural environment, safety and stability"),
            (
                "抓好基层“三保”、安全生产、信访维稳、防汛抗旱、秋粮生产和稳就业，确保全市安全和谐。",
                "Grassroots \"three guarantees\", safe production, stability through letters and \
                 visits, flood control and drought relief, autumn grain and stable employment.",
            ),
        ),
        area(
            l,
            "a-innovation",
            "g-xiaodian",
            ("聚力创新发展", "Innovation and development"),
            (
                "发展壮大数字经济，推动服务业提质增效，促进文旅康养产业融合发展。",
                "Grow the digital economy, improve quality and efficiency in the service industry and \
                 integrate the cultural, tourism and healthcare industries.",
            ),
        ),
        area(
            l,
            "a-convenience",
            "g-xiaodian",
            ("便民利企", "Convenience for residents and businesses"),
            (
                "优化营商环境，完善综合交通体系，提升生态环境质量，推进城乡融合发展。",
                "Optimize the business environment, improve the transportation system, enhance the \
                 ecological environment and integrate urban and rural development.",
            ),
        ),
        area(
            l,
            "a-advantages",
            "g-xiaodian",
            ("发挥比较优势和资源禀赋", "Leveraging unique advantages and resource endowment"),
            (
                "加快与综改区融合错位发展，高标准建设专业镇，实施产业链“链长制”，培育市场主体，\
                 加大招商引资力度，支持民营经济健康发展，为转型发展打造强劲引擎。",
                "Integrated and differentiated development with the comprehensive reform zone, \
                 professional towns, the industrial chain \"chain length system\", business entities, \
                 investment promotion and the private economy: a strong starting point for \
                 transformation.",
            ),
        ),
        area(
            l,
            "a-reform",
            "g-xiaodian",
            ("深化改革创新，扩大开放合作", "Reform, innovation and open cooperation"),
            (
                "实施创新驱动发展战略，创新人才引进方式，深化重点领域改革，扩大高水平对外开放。",
                "Implement the innovation-driven strategy, innovate talent introduction, deepen \
                 reforms in key areas and expand high-level opening up.",
            ),
        ),
        area(
            l,
            "a-bottom-line",
            "g-xiaodian",
            ("增强防范意识，守牢底线", "Prevention and bottom-line thinking"),
            (
                "维护国家安全，防范化解金融风险，抓好安全生产，维护社会稳定，为转型发展营造良好外部环境。",
                "Safeguard national security, mitigate financial risks, promote safe production and \
                 maintain social stability, improving the external environment for transformation.",
            ),
        ),
        area(
            l,
            "a-party",
            "g-xiaodian",
            ("坚持党的领导，强化作风保障", "Party leadership and work style"),
            (
                "加强组织领导，提升能力作风，营造浓厚氛围，严督实考，深入开展主题教育，形成推动转型发展的强大合力。",
                "Strengthen organizational leadership, enhance abilities and work styles, foster a \
                 strong working atmosphere, supervise rigorously and carry out theme education in \
                 depth, forming a strong joint force for transformation.",
            ),
        ),
        area(
            l,
            "a-xinzhou",
            "g-xinzhou",
            (
                "忻州：巩固脱贫攻坚成果，推进转型发展",
                "Xinzhou: consolidating poverty alleviation and transformation",
            ),
            (
                "以脱贫攻坚统揽经济社会发展全局，推进整村搬迁，推动产业结构优化升级，全面推进“五城联创”。",
                "Poverty alleviation as the overall guide; whole-village relocation, industrial \
                 upgrading and the \"five cities in one\" construction.",
            ),
        ),
    ]
}

fn unit(
    l: Lang,
    id: &str,
    kind: UnitKind,
    parent: Option<&str>,
    name: (&'static str, &'static str),
) -> Unit {
    Unit {
        id: Id::new(id),
        name: t(l, name.0, name.1),
        kind,
        parent: parent.map(Id::new),
    }
}

fn units(l: Lang) -> Vec<Unit> {
    use UnitKind::*;
    // Counties are county-level like districts; the model's District covers both.
    vec![
        unit(
            l,
            "u-prov-office",
            Department,
            None,
            (
                "省委办公厅",
                "General Office of the Provincial Party Committee",
            ),
        ),
        unit(
            l,
            "u-prov-ndrc",
            Department,
            None,
            (
                "省发展改革委",
                "Provincial Development and Reform Commission",
            ),
        ),
        unit(
            l,
            "u-prov-org",
            Department,
            None,
            (
                "省委组织部",
                "Organization Department of the Provincial Party Committee",
            ),
        ),
        unit(
            l,
            "u-prov-discipline",
            Department,
            None,
            (
                "省纪委监委",
                "Provincial Commission for Discipline Inspection and Supervision",
            ),
        ),
        unit(
            l,
            "u-taiyuan",
            City,
            None,
            ("太原市人民政府", "Taiyuan Municipal People's Government"),
        ),
        unit(
            l,
            "u-ty-invest",
            Department,
            Some("u-taiyuan"),
            ("太原市投资促进局", "Taiyuan Investment Promotion Bureau"),
        ),
        unit(
            l,
            "u-xiaodian",
            District,
            Some("u-taiyuan"),
            (
                "太原市小店区人民政府",
                "Xiaodian District People's Government, Taiyuan",
            ),
        ),
        unit(
            l,
            "u-xd-ndrc",
            Department,
            Some("u-xiaodian"),
            (
                "小店区发展和改革局",
                "Xiaodian District Development and Reform Bureau",
            ),
        ),
        unit(
            l,
            "u-xd-industry",
            Department,
            Some("u-xiaodian"),
            (
                "小店区工业和信息化局",
                "Xiaodian District Industry and Information Technology Bureau",
            ),
        ),
        unit(
            l,
            "u-xd-approval",
            Department,
            Some("u-xiaodian"),
            (
                "小店区行政审批服务管理局",
                "Xiaodian District Administrative Approval Service Bureau",
            ),
        ),
        unit(
            l,
            "u-xd-emergency",
            Department,
            Some("u-xiaodian"),
            (
                "小店区应急管理局",
                "Xiaodian District Emergency Management Bureau",
            ),
        ),
        unit(
            l,
            "u-xinzhou",
            City,
            None,
            ("忻州市人民政府", "Xinzhou Municipal People's Government"),
        ),
        unit(
            l,
            "u-kelan",
            District,
            Some("u-xinzhou"),
            ("岢岚县人民政府", "Kelan County People's Government"),
        ),
        unit(
            l,
            "u-songjiagou",
            Town,
            Some("u-kelan"),
            (
                "岢岚县宋家沟乡人民政府",
                "Songjiagou Township Government, Kelan County",
            ),
        ),
        unit(
            l,
            "u-dingxiang",
            District,
            Some("u-xinzhou"),
            ("定襄县人民政府", "Dingxiang County People's Government"),
        ),
        unit(
            l,
            "u-pianguan",
            District,
            Some("u-xinzhou"),
            ("偏关县人民政府", "Pianguan County People's Government"),
        ),
        unit(
            l,
            "u-qibin",
            District,
            None,
            (
                "鹤壁市淇滨区人民政府",
                "Qibin District People's Government, Hebi",
            ),
        ),
        unit(
            l,
            "u-qb-ndrc",
            Department,
            Some("u-qibin"),
            (
                "淇滨区发展和改革委员会",
                "Qibin District Development and Reform Commission",
            ),
        ),
    ]
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::validate::validate;
    use chrono::Datelike;
    use std::collections::{HashMap, HashSet};

    fn both() -> [Plan; 2] {
        [sample_plan(Lang::Zh), sample_plan(Lang::En)]
    }

    /// Calls `f` on every free text of the plan, in a fixed order.
    fn each_text(plan: &mut Plan, f: &mut dyn FnMut(&mut String)) {
        f(&mut plan.title);
        f(&mut plan.description);
        f(&mut plan.issuer);
        for g in &mut plan.goals {
            f(&mut g.title);
            f(&mut g.description);
        }
        for a in &mut plan.areas {
            f(&mut a.title);
            f(&mut a.description);
        }
        for u in &mut plan.units {
            f(&mut u.name);
        }
        for t in &mut plan.tasks {
            f(&mut t.title);
            f(&mut t.description);
            f(&mut t.leader);
            f(&mut t.requirement.text);
            for m in &mut t.milestones {
                f(&mut m.name);
            }
            for tag in &mut t.tags {
                f(tag);
            }
        }
        for p in &mut plan.projects {
            f(&mut p.name);
            f(&mut p.batch);
        }
        for i in &mut plan.indicators {
            f(&mut i.name);
            f(&mut i.measure);
            f(&mut i.category);
            if let Some(Target {
                aim: Aim::Words { text },
                ..
            }) = &mut i.target
            {
                f(text);
            }
            for a in &mut i.actuals {
                f(&mut a.note);
            }
        }
        for u in &mut plan.updates {
            f(&mut u.narrative);
            f(&mut u.problems);
            f(&mut u.next_steps);
            f(&mut u.reporter);
            f(&mut u.evidence);
            if let Some(w) = &mut u.withdrawn {
                f(&mut w.by);
                f(&mut w.reason);
            }
        }
    }

    fn texts(plan: &Plan) -> Vec<String> {
        let mut out = Vec::new();
        each_text(&mut plan.clone(), &mut |s| out.push(s.clone()));
        out
    }

    /// The plan with every text replaced by a mark of whether it is set.
    fn skeleton(plan: &Plan) -> Plan {
        let mut p = plan.clone();
        each_text(&mut p, &mut |s| {
            *s = if s.trim().is_empty() {
                String::new()
            } else {
                "·".into()
            }
        });
        p
    }

    fn has_cjk(s: &str) -> bool {
        s.chars().any(|c| {
            ('\u{4e00}'..='\u{9fff}').contains(&c)
                || ('\u{3000}'..='\u{303f}').contains(&c)
                || ('\u{ff00}'..='\u{ffef}').contains(&c)
                || "“”‘’、".contains(c)
        })
    }

    #[test]
    fn an_untouched_sample_follows_the_language_and_an_edited_one_does_not() {
        let zh = sample_plan(Lang::Zh);
        assert_eq!(untouched_sample_lang(&zh), Some(Lang::Zh));
        let en = untouched_sample_in(&zh, Lang::En).expect("untouched: shown in English");
        assert_eq!(en, sample_plan(Lang::En));
        assert_eq!(
            untouched_sample_in(&zh, Lang::Zh),
            None,
            "already in Chinese"
        );

        // A sample opened beside another keeps its own id.
        let mut beside = sample_plan(Lang::En);
        beside.id = Id::new("sample-shanxi-2023-2");
        assert!(is_sample(&beside));
        let again = untouched_sample_in(&beside, Lang::Zh).unwrap();
        assert_eq!(again.id, beside.id);
        assert_eq!(again.title, sample_plan(Lang::Zh).title);

        // Any change, or any entry in its history, keeps it as it is.
        let mut edited = sample_plan(Lang::Zh);
        edited.tasks[0].title.push('！');
        assert_eq!(untouched_sample_in(&edited, Lang::En), None);
        assert_eq!(sample_lang(&edited), Some(Lang::Zh));
        let mut recorded = sample_plan(Lang::En);
        recorded.history.push(Change {
            at: "t".into(),
            by: String::new(),
            unit: String::new(),
            action: Action::Undo,
            kind: None,
            target: None,
            label: String::new(),
            count: 1,
            milestone: None,
        });
        assert_eq!(untouched_sample_in(&recorded, Lang::Zh), None);
        assert_eq!(sample_lang(&recorded), Some(Lang::En));

        // A plan that is not the sample is never touched, whatever it holds.
        let mut other = sample_plan(Lang::Zh);
        other.id = Id::new("my-plan");
        assert!(!is_sample(&other));
        assert_eq!(untouched_sample_in(&other, Lang::En), None);
        assert_eq!(sample_lang(&other), None);
        let mut lookalike = sample_plan(Lang::Zh);
        lookalike.id = Id::new("sample-shanxi-2023-copy");
        assert!(!is_sample(&lookalike));
    }

    #[test]
    fn the_sample_survives_storage_unchanged_so_it_is_still_untouched() {
        for l in Lang::ALL {
            let text = crate::format::export_plan(&sample_plan(l));
            let back = crate::format::import_plan(&text).unwrap();
            assert_eq!(untouched_sample_lang(&back), Some(l));
        }
    }

    #[test]
    fn sample_is_valid_in_both_languages() {
        for plan in both() {
            let problems = validate(&plan);
            assert!(problems.is_empty(), "{problems:#?}");
            assert_eq!(plan.id.as_str(), "sample-shanxi-2023");
            assert_eq!(plan.level, Level::Province);
            assert_eq!(plan.cadence, Cadence::Monthly);
            assert_eq!((plan.start, plan.end), (d(2023, 1, 1), d(2023, 12, 31)));
        }
    }

    #[test]
    fn languages_share_ids_codes_numbers_and_dates() {
        let [zh, en] = both();
        assert_eq!(skeleton(&zh), skeleton(&en));
        assert_ne!(zh.title, en.title);
        assert!(zh.description.contains("小店区") && zh.description.contains("淇滨区"));
        for place in [
            "Shanxi",
            "Taiyuan",
            "Xiaodian",
            "Xinzhou",
            "Qibin",
            "Hebi",
            "illustrative",
        ] {
            assert!(en.description.contains(place), "{place}");
        }
        for (a, b) in zh.tasks.iter().zip(&en.tasks) {
            assert_ne!(a.title, b.title, "{}", a.id);
        }
    }

    #[test]
    fn every_text_is_translated() {
        let [zh, en] = both();
        let (zt, et) = (texts(&zh), texts(&en));
        assert_eq!(zt.len(), et.len());
        for (z, e) in zt.iter().zip(&et) {
            assert!(!has_cjk(e), "untranslated English text: {e}");
            assert_eq!(z.is_empty(), e.is_empty(), "{z} / {e}");
            if z != e {
                assert!(has_cjk(z), "Chinese text without Chinese: {z}");
            } else {
                // Only symbols such as "%" may be the same in both languages.
                assert!(
                    !z.chars().any(char::is_alphabetic),
                    "same text in both: {z}"
                );
            }
        }
    }

    #[test]
    fn survives_the_import_gate() {
        for plan in both() {
            let back = crate::format::import_plan(&crate::format::export_plan(&plan));
            assert_eq!(back, Ok(plan));
        }
    }

    #[test]
    fn key_figures_from_the_reports() {
        let plan = sample_plan(Lang::En);
        let ind = |id: &str| plan.indicator(&Id::new(id)).expect(id);
        let value = |a: &Option<Target>| match a.as_ref().map(|t| &t.aim) {
            Some(Aim::Value { value } | Aim::AtLeast { value } | Aim::AtMost { value }) => {
                Some(*value)
            }
            _ => None,
        };

        let inc = ind("i-poverty-incidence");
        assert_eq!(inc.baseline.as_ref().map(|b| b.value), Some(19.81));
        assert_eq!(inc.actuals.last().map(|a| a.value), Some(2.28));
        assert_eq!(inc.direction, Direction::LowerIsBetter);
        let poor = ind("i-poor-people");
        assert_eq!(poor.baseline.as_ref().map(|b| b.value), Some(46.74));
        assert_eq!(poor.actuals.last().map(|a| a.value), Some(5.37));
        assert_eq!(ind("i-medical").actuals[0].value, 98.98);
        assert_eq!(ind("i-relocated").actuals[0].value, 797.0);
        assert_eq!(ind("i-villages-cancelled").actuals[0].value, 533.0);
        assert_eq!(ind("i-hygiene-counties").actuals[0].value, 13.0);
        assert_eq!(ind("i-hygiene-towns").actuals[0].value, 8.0);
        assert_eq!(ind("i-counties-lifted").actuals[0].value, 6.0);
        assert_eq!(value(&ind("i-key-tasks").target), Some(165.0));
        assert_eq!(value(&ind("i-key-breakthrough").target), Some(50.0));
        assert_eq!(value(&ind("i-non-coal-share").target), Some(50.0));
        assert_eq!(value(&ind("i-private-share").target), Some(50.0));

        let aims: Vec<&Aim> = plan
            .indicators
            .iter()
            .filter_map(|i| i.target.as_ref().map(|t| &t.aim))
            .collect();
        assert!(aims.iter().any(|a| matches!(a, Aim::Words { .. })));
        assert!(aims.iter().any(|a| matches!(a, Aim::AtMost { .. })));
        assert!(aims.iter().any(|a| matches!(a, Aim::AtLeast { .. })));
        assert!(aims.iter().any(|a| matches!(a, Aim::Value { .. })));
        for nature in [Nature::Binding, Nature::Anticipatory] {
            assert!(plan.indicators.iter().any(|i| i.nature == nature));
        }

        let xiaodian: Vec<&str> = plan
            .areas
            .iter()
            .filter(|a| a.goal == Some(Id::new("g-xiaodian")))
            .map(|a| a.id.as_str())
            .collect();
        assert_eq!(
            xiaodian,
            [
                "a-innovation",
                "a-convenience",
                "a-advantages",
                "a-reform",
                "a-bottom-line",
                "a-party"
            ]
        );
        assert!(plan.areas.iter().all(|a| a.goal.is_some()));
        for phrase in [
            "digital economy",
            "business environment",
            "motor towns",
            "chain length system",
            "second-half offensive",
            "15-hour government service circle",
            "financial risks",
            "safe production",
        ] {
            assert!(
                plan.tasks.iter().any(|t| t.title.contains(phrase)),
                "no task on {phrase}"
            );
        }
    }

    #[test]
    fn sizes_and_shape() {
        let plan = sample_plan(Lang::Zh);
        assert_eq!(plan.goals.len(), 4);
        assert!((9..=13).contains(&plan.areas.len()));
        assert!((12..=18).contains(&plan.units.len()));
        assert!((30..=45).contains(&plan.tasks.len()));
        assert!((6..=10).contains(&plan.projects.len()));
        assert!((10..=14).contains(&plan.indicators.len()));

        // Codes are "area.n", numbered in plan order within each area.
        let mut next: HashMap<&Id, usize> = HashMap::new();
        for t in &plan.tasks {
            let a = plan
                .areas
                .iter()
                .position(|a| a.id == t.area)
                .expect("area")
                + 1;
            let n = next.entry(&t.area).or_insert(0);
            *n += 1;
            assert_eq!(t.code, format!("{a}.{n}"));
            assert_eq!(t.id.as_str(), format!("t-{a}-{n}"));
            assert!(
                t.co_units.len() <= 3 && !t.co_units.contains(&t.lead),
                "{}",
                t.id
            );
            assert!([1.0, 2.0, 3.0].contains(&t.weight), "{}", t.id);
            let (s, e) = (t.start.expect("start"), t.deadline.expect("deadline"));
            assert!(s.year() == 2023 && e.year() == 2023, "{}", t.id);
            for m in &t.milestones {
                assert!(m.due >= s && m.due <= e, "{}", t.id);
            }
        }
        for tier in [Tier::Regular, Tier::Key, Tier::KeyBreakthrough] {
            assert!(plan.tasks.iter().any(|t| t.tier == tier), "{tier:?}");
        }
        assert!(plan.tasks.iter().any(|t| t.requirement.indicator.is_some()));

        // Every unit is used, and the phases cover the whole enum.
        let used: HashSet<&Id> = plan
            .tasks
            .iter()
            .flat_map(|t| std::iter::once(&t.lead).chain(&t.co_units))
            .chain(plan.projects.iter().map(|p| &p.lead))
            .collect();
        for u in &plan.units {
            assert!(used.contains(&u.id), "unused unit {}", u.id);
        }
        for phase in [
            Phase::Planned,
            Phase::Preparing,
            Phase::UnderConstruction,
            Phase::Completed,
            Phase::InOperation,
        ] {
            assert!(plan.projects.iter().any(|p| p.phase == phase), "{phase:?}");
        }
        for p in &plan.projects {
            assert!(
                p.completed_investment <= p.year_target && p.year_target <= p.total_investment,
                "{}",
                p.id
            );
        }
    }

    #[test]
    fn progress_tells_a_supervision_story() {
        let plan = sample_plan(Lang::En);
        let as_of = d(2023, 9, 30);
        for u in &plan.updates {
            assert!(u.date <= as_of && u.date.year() == 2023, "{}", u.id);
            if let Subject::Task(id) = &u.subject {
                let task = plan.task(id).expect("task");
                assert!(
                    u.date >= task.start.expect("start"),
                    "{} before its task starts",
                    u.id
                );
            }
        }

        // Standing reports on each subject rise over time.
        let subjects: HashSet<&Subject> = plan.updates.iter().map(|u| &u.subject).collect();
        for s in &subjects {
            let mut standing: Vec<&Update> = plan
                .reports_on(s)
                .into_iter()
                .filter(|u| u.withdrawn.is_none())
                .collect();
            standing.reverse();
            for w in standing.windows(2) {
                assert!(
                    w[0].progress <= w[1].progress,
                    "{} then {}",
                    w[0].id,
                    w[1].id
                );
            }
        }

        // A withdrawn report, superseded by a later standing one.
        let withdrawn: Vec<&Update> = plan
            .updates
            .iter()
            .filter(|u| u.withdrawn.is_some())
            .collect();
        assert!(!withdrawn.is_empty());
        for w in withdrawn {
            let latest = plan.latest_report(&w.subject).expect("superseded");
            assert!(latest.date >= w.date && latest.id != w.id);
            assert!(w.withdrawn.as_ref().is_some_and(|x| x.date >= w.date));
        }

        let progress = |t: &Task| plan.progress_of(&Subject::Task(t.id.clone()));
        let expected = |t: &Task| {
            let (s, e) = (t.start.expect("start"), t.deadline.expect("deadline"));
            let done = (as_of.min(e) - s).num_days() as f64;
            100.0 * done / (e - s).num_days() as f64
        };
        let silent = plan
            .tasks
            .iter()
            .filter(|t| plan.latest_report(&Subject::Task(t.id.clone())).is_none())
            .count();
        assert!(silent >= 1);
        let completed: Vec<&Task> = plan
            .tasks
            .iter()
            .filter(|t| {
                plan.latest_report(&Subject::Task(t.id.clone()))
                    .is_some_and(|u| u.status == ReportedStatus::Completed && u.progress == 100.0)
            })
            .collect();
        assert!(completed.len() >= 2);
        let lagging = plan
            .tasks
            .iter()
            .filter(|t| plan.latest_report(&Subject::Task(t.id.clone())).is_some())
            .filter(|t| expected(t) - progress(t) > plan.thresholds.lagging_lag)
            .count();
        assert!(lagging >= 2, "{lagging} lagging tasks");
        assert!(plan
            .updates
            .iter()
            .any(|u| matches!(u.subject, Subject::Project(_))));
    }
}
