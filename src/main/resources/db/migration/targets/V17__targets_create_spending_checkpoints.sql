-- 资金支出计划的节点月份, per fiscal year, set by the finance bureau: the four month ends at which a target's
-- spending plan gives the cumulative share of the year's funds (3/6/9/12 月底 when a year has no row; some cities
-- use 3/6/10/12). Months as "3,6,10,12": four, ascending, the last 12 (checked by the application).
create table target_spending_checkpoints (
    fiscal_year  integer      primary key,
    months       varchar(20)  not null,
    chosen_by    varchar(50)  not null,
    chosen_at    timestamp    not null
);
