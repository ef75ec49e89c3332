"""Name edges around composition shapes (X牵头、A等共同组成的Y, 成立了X领导小组): a lead role before a list comma
is no name the two bodies share, and 了 after a founding verb opens no task group's name."""

from tests.extract.helpers import build, names


def test_lead_role_before_a_list_comma_is_no_shared_name() -> None:
    found = names(build("东岭省科技厅牵头、东岭省财政厅配合。"))
    assert "东岭省财政厅" in found
    assert "东岭省科技厅东岭省财政厅" not in found


def test_listed_bodies_composing_a_group_keep_their_own_names() -> None:
    found = names(build("省里设立了东岭省科技厅牵头、东岭省财政厅等有关部门共同组成的东岭医药创新领导小组。"))
    assert {"东岭省科技厅", "东岭省财政厅", "东岭医药创新领导小组"} <= set(found)


def test_task_group_set_up_with_le_keeps_its_name_clean() -> None:
    found = names(build("东岭省成立了东岭省医药创新领导小组，统筹推进相关工作。"))
    assert "东岭省医药创新领导小组" in found
    assert "了东岭省医药创新领导小组" not in found
