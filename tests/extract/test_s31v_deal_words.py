"""Deal roles and stake verbs written right before a body's name (战略投资者X, 老股东X, X战略投资Y, 认购Y股份) open
no name: the name starts after them."""

from __future__ import annotations

from tests.extract.helpers import build, names


def test_roles_in_a_deal_do_not_open_the_name() -> None:
    found = names(build("北辰基因科技有限公司完成C轮融资，引入战略投资者南湖创新投资集团有限公司。"))
    assert "南湖创新投资集团有限公司" in found
    found = names(build("北辰基因科技有限公司完成C轮融资，老股东北辰医疗投资有限公司继续跟投。"))
    assert "北辰医疗投资有限公司" in found


def test_stake_verbs_do_not_open_the_name() -> None:
    found = names(build("南湖创新投资集团有限公司战略投资北辰基因科技有限公司。"))
    assert "北辰基因科技有限公司" in found
    found = names(build("东岭控股有限公司拟与控股股东南湖通用技术集团有限公司共同受让北辰医药有限公司股权。"))
    assert "南湖通用技术集团有限公司" in found
