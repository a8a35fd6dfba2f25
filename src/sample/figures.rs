//! The sample's key projects and indicators.
//!
//! Indicator figures are Xinzhou's and the province's as the reports give
//! them; the 2023 actuals of the key-task indicators are illustrative.
//! Project names follow the reports' themes; all money figures (万元) and
//! dates are illustrative.

use super::{d, t};
use crate::i18n::Lang;
use crate::model::*;

type Pair = (&'static str, &'static str);

struct P {
    l: Lang,
    p: Project,
}

fn project(l: Lang, id: &str, lead: &str, phase: Phase, name: Pair) -> P {
    P {
        l,
        p: Project {
            id: Id::new(id),
            name: t(l, name.0, name.1),
            area: None,
            lead: Id::new(lead),
            total_investment: 0.0,
            year_target: 0.0,
            completed_investment: 0.0,
            phase,
            planned_start: None,
            planned_end: None,
            actual_start: None,
            actual_end: None,
            batch: String::new(),
        },
    }
}

impl P {
    fn area(mut self, area: &str) -> P {
        self.p.area = Some(Id::new(area));
        self
    }
    /// Total investment, this year's target and completed this year, in 万元.
    fn money(mut self, total: f64, year: f64, done: f64) -> P {
        self.p.total_investment = total;
        self.p.year_target = year;
        self.p.completed_investment = done;
        self
    }
    fn planned(mut self, start: Date, end: Date) -> P {
        self.p.planned_start = Some(start);
        self.p.planned_end = Some(end);
        self
    }
    fn actual(mut self, start: Date, end: Option<Date>) -> P {
        self.p.actual_start = Some(start);
        self.p.actual_end = end;
        self
    }
    fn batch(mut self, n: u8) -> P {
        let (zh, en) = match n {
            1 => ("2023年第一批", "2023 first batch"),
            2 => ("2023年第二批", "2023 second batch"),
            _ => ("2023年第三批", "2023 third batch"),
        };
        self.p.batch = t(self.l, zh, en);
        self
    }
}

pub(super) fn projects(l: Lang) -> Vec<Project> {
    use Phase::*;
    vec![
        project(
            l,
            "p-xd-digital-park",
            "u-xiaodian",
            UnderConstruction,
            ("小店区数字经济产业园（一期）", "Xiaodian Digital Economy Industrial Park (phase I)"),
        )
        .area("a-innovation")
        .money(260_000.0, 60_000.0, 41_500.0)
        .planned(d(2023, 3, 1), d(2025, 6, 30))
        .actual(d(2023, 3, 18), None)
        .batch(1),
        project(
            l,
            "p-xd-demo-park",
            "u-xiaodian",
            Preparing,
            (
                "小店区与综改区合作共建示范工业园区",
                "Demonstration industrial park co-built by Xiaodian and the comprehensive reform zone",
            ),
        )
        .area("a-advantages")
        .money(150_000.0, 40_000.0, 8_200.0)
        .planned(d(2023, 5, 1), d(2025, 12, 31))
        .batch(2),
        project(
            l,
            "p-xd-roads",
            "u-xiaodian",
            UnderConstruction,
            ("小店区主次干道断头路打通工程", "Xiaodian arterial and secondary dead-end roads project"),
        )
        .area("a-convenience")
        .money(48_000.0, 30_000.0, 26_500.0)
        .planned(d(2023, 3, 1), d(2023, 9, 15))
        .actual(d(2023, 3, 20), None)
        .batch(1),
        project(
            l,
            "p-qb-sci-city",
            "u-qibin",
            UnderConstruction,
            (
                "淇滨区科创新城起步区基础设施项目",
                "Qibin science and technology innovation city: start-up area infrastructure",
            ),
        )
        .area("a-projects")
        .money(185_000.0, 62_000.0, 45_800.0)
        .planned(d(2023, 2, 15), d(2024, 12, 31))
        .actual(d(2023, 3, 1), None)
        .batch(1),
        project(
            l,
            "p-qb-nev-parts",
            "u-qb-ndrc",
            Planned,
            ("淇滨区新能源汽车零部件产业园", "Qibin new-energy vehicle parts industrial park"),
        )
        .area("a-projects")
        .money(120_000.0, 15_000.0, 0.0)
        .planned(d(2023, 11, 1), d(2025, 10, 31))
        .batch(2),
        project(
            l,
            "p-qb-electronics",
            "u-qibin",
            Completed,
            ("淇滨区电子信息产业园二期", "Qibin electronic information industrial park (phase II)"),
        )
        .area("a-projects")
        .money(68_000.0, 22_000.0, 22_000.0)
        .planned(d(2022, 9, 1), d(2023, 8, 31))
        .actual(d(2022, 9, 10), Some(d(2023, 8, 28)))
        .batch(3),
        project(
            l,
            "p-dx-flange",
            "u-dingxiang",
            InOperation,
            ("定襄县法兰智能制造技术改造项目", "Dingxiang flange intelligent manufacturing upgrade"),
        )
        .area("a-xinzhou")
        .money(36_000.0, 12_000.0, 12_000.0)
        .planned(d(2022, 10, 1), d(2023, 5, 31))
        .actual(d(2022, 10, 15), Some(d(2023, 5, 20)))
        .batch(1),
        project(
            l,
            "p-pg-pv",
            "u-pianguan",
            UnderConstruction,
            ("偏关县村级联村光伏电站扩容项目", "Pianguan village-level joint photovoltaic plant expansion"),
        )
        .area("a-xinzhou")
        .money(9_800.0, 9_800.0, 5_600.0)
        .planned(d(2023, 4, 1), d(2023, 11, 30))
        .actual(d(2023, 4, 20), None)
        .batch(2),
    ]
    .into_iter()
    .map(|b| b.p)
    .collect()
}

struct I {
    l: Lang,
    i: Indicator,
}

fn indicator(
    l: Lang,
    id: &str,
    nature: Nature,
    direction: Direction,
    name: Pair,
    measure: Pair,
) -> I {
    I {
        l,
        i: Indicator {
            id: Id::new(id),
            name: t(l, name.0, name.1),
            measure: t(l, measure.0, measure.1),
            category: String::new(),
            direction,
            nature,
            tally: Tally::default(),
            baseline: None,
            target: None,
            actuals: Vec::new(),
            weight: 1.0,
            area: None,
        },
    }
}

impl I {
    fn category(mut self, c: Pair) -> I {
        self.i.category = t(self.l, c.0, c.1);
        self
    }
    fn area(mut self, area: &str) -> I {
        self.i.area = Some(Id::new(area));
        self
    }
    fn baseline(mut self, year: i32, value: f64) -> I {
        self.i.baseline = Some(Baseline { year, value });
        self
    }
    fn target(mut self, year: i32, aim: Aim) -> I {
        self.i.target = Some(Target { year, aim });
        self
    }
    fn target_words(mut self, year: i32, zh: &'static str, en: &'static str) -> I {
        let text = t(self.l, zh, en);
        self.i.target = Some(Target {
            year,
            aim: Aim::Words { text },
        });
        self
    }
    fn actual(mut self, period: &str, value: f64, note: Option<Pair>) -> I {
        self.i.actuals.push(Actual {
            period: period.parse().expect("the sample names real periods"),
            value,
            note: note.map_or_else(String::new, |(zh, en)| t(self.l, zh, en)),
        });
        self
    }
    fn weight(mut self, w: f64) -> I {
        self.i.weight = w;
        self
    }
}

const EVALUATION: Pair = ("转型发展综合评价", "Transformation evaluation");
const POVERTY: Pair = ("脱贫攻坚", "Poverty alleviation");
const LIVELIHOOD: Pair = ("民生保障", "Public well-being");
const STRUCTURE: Pair = ("结构调整", "Structural change");
const ILLUSTRATIVE: Pair = ("示意数据", "Illustrative figure");
const REPORTED_2018: Pair = (
    "据2019年发展成就报道",
    "As given in the 2019 achievements report",
);

pub(super) fn indicators(l: Lang) -> Vec<Indicator> {
    use Direction::*;
    use Nature::*;
    vec![
        indicator(
            l,
            "i-key-tasks",
            Binding,
            HigherIsBetter,
            ("转型发展重点任务完成数", "Key tasks completed"),
            ("项", "tasks"),
        )
        .category(EVALUATION)
        .area("a-province")
        // Counted from the start of the year: none done at the end of 2022.
        .baseline(2022, 0.0)
        .target(2023, Aim::Value { value: 165.0 })
        .actual("2023-Q2", 71.0, Some(ILLUSTRATIVE))
        .actual("2023-Q3", 118.0, Some(ILLUSTRATIVE))
        .weight(3.0),
        indicator(
            l,
            "i-key-breakthrough",
            Binding,
            HigherIsBetter,
            (
                "转型发展重点突破任务完成数",
                "Key breakthrough tasks completed",
            ),
            ("项", "tasks"),
        )
        .category(EVALUATION)
        .area("a-province")
        // Counted from the start of the year: none done at the end of 2022.
        .baseline(2022, 0.0)
        .target(2023, Aim::Value { value: 50.0 })
        .actual("2023-Q2", 18.0, Some(ILLUSTRATIVE))
        .actual("2023-Q3", 31.0, Some(ILLUSTRATIVE))
        .weight(3.0),
        indicator(
            l,
            "i-poor-people",
            Binding,
            LowerIsBetter,
            ("农村贫困人口", "Rural poor population"),
            ("万人", "10k people"),
        )
        .category(POVERTY)
        .area("a-xinzhou")
        .baseline(2014, 46.74)
        .target_words(
            2023,
            "守住不发生规模性返贫底线",
            "Hold the line against any large-scale return to poverty",
        )
        .actual("2018", 5.37, Some(REPORTED_2018))
        .weight(2.0),
        indicator(
            l,
            "i-poverty-incidence",
            Binding,
            LowerIsBetter,
            ("贫困发生率", "Poverty incidence"),
            ("%", "%"),
        )
        .category(POVERTY)
        .area("a-xinzhou")
        .baseline(2014, 19.81)
        .target(2020, Aim::AtMost { value: 2.0 })
        .actual("2018", 2.28, Some(REPORTED_2018))
        .weight(2.0),
        indicator(
            l,
            "i-counties-lifted",
            Anticipatory,
            HigherIsBetter,
            ("脱贫摘帽县", "Counties lifted out of poverty"),
            ("个", "counties"),
        )
        .category(POVERTY)
        .area("a-xinzhou")
        .actual("2018", 6.0, Some(REPORTED_2018)),
        indicator(
            l,
            "i-relocated",
            Anticipatory,
            HigherIsBetter,
            ("整村搬迁村庄", "Villages relocated as a whole"),
            ("个", "villages"),
        )
        .category(POVERTY)
        .area("a-xinzhou")
        .actual("2018", 797.0, Some(("累计", "Cumulative"))),
        indicator(
            l,
            "i-villages-cancelled",
            Anticipatory,
            HigherIsBetter,
            (
                "撤销建制的村庄",
                "Villages whose registration was cancelled",
            ),
            ("个", "villages"),
        )
        .category(POVERTY)
        .area("a-xinzhou")
        .actual("2018", 533.0, Some(("累计", "Cumulative"))),
        indicator(
            l,
            "i-medical",
            Anticipatory,
            HigherIsBetter,
            (
                "农村合作医疗参合率",
                "Rural co-operative medical care participation rate",
            ),
            ("%", "%"),
        )
        .category(LIVELIHOOD)
        .area("a-xinzhou")
        .target(2023, Aim::AtLeast { value: 95.0 })
        .actual("2018", 98.98, Some(REPORTED_2018)),
        indicator(
            l,
            "i-hygiene-counties",
            Anticipatory,
            HigherIsBetter,
            ("国家卫生县城", "State-level hygiene counties"),
            ("个", "counties"),
        )
        .category(LIVELIHOOD)
        .area("a-xinzhou")
        .target(2023, Aim::AtLeast { value: 13.0 })
        .actual("2018", 13.0, Some(("全省第一", "First in the province"))),
        indicator(
            l,
            "i-hygiene-towns",
            Anticipatory,
            HigherIsBetter,
            ("国家卫生乡镇", "State-level hygiene towns"),
            ("个", "towns"),
        )
        .category(LIVELIHOOD)
        .area("a-xinzhou")
        .actual("2018", 8.0, Some(REPORTED_2018)),
        indicator(
            l,
            "i-non-coal-share",
            Anticipatory,
            HigherIsBetter,
            (
                "非煤产业增加值占工业增加值比重",
                "Non-coal industries' share of industrial added value",
            ),
            ("%", "%"),
        )
        .category(STRUCTURE)
        .area("a-xinzhou")
        .target(2023, Aim::AtLeast { value: 50.0 }),
        indicator(
            l,
            "i-private-share",
            Anticipatory,
            HigherIsBetter,
            (
                "民营经济占地区生产总值比重",
                "Private economy's share of GDP",
            ),
            ("%", "%"),
        )
        .category(STRUCTURE)
        .area("a-xinzhou")
        .target(2023, Aim::AtLeast { value: 50.0 }),
    ]
    .into_iter()
    .map(|b| b.i)
    .collect()
}
