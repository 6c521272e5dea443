"""A case's files are replaced together or not at all, and a write never lands outside its folder.

A full disk, a read-only folder or a symlink committed in a pull request must leave every recording
and snapshot as it was, byte for byte.
"""

import errno
import os

import pytest

from why_finetune.recording.writing import OutsideFolderError, check_inside, write_together


@pytest.fixture
def case_files(tmp_path):
    cassette = tmp_path / "cassettes" / "local" / "mars" / "raw" / "chat.yaml"
    snapshot = tmp_path / "snapshots" / "local" / "mars" / "raw" / "chat.yml"
    for path, text in ((cassette, "old cassette\n"), (snapshot, "old snapshot\n")):
        path.parent.mkdir(parents=True)
        path.write_text(text)
    return cassette, snapshot


def everything_under(root):
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


def write_with_the_snapshot_rename_failing(cassette, snapshot, monkeypatch):
    """write_together a new cassette and snapshot while renaming onto the snapshot fails (read-only)."""
    real_replace = os.replace

    def replace(source, target):
        if str(target) == str(snapshot):
            raise OSError(errno.EROFS, os.strerror(errno.EROFS), str(target))
        real_replace(source, target)

    monkeypatch.setattr(os, "replace", replace)
    with pytest.raises(OSError):
        write_together({cassette: "new cassette\n", snapshot: "new snapshot\n"})
    monkeypatch.setattr(os, "replace", real_replace)


def test_both_files_are_replaced(case_files):
    cassette, snapshot = case_files
    write_together({cassette: "new cassette\n", snapshot: "new snapshot\n"})
    assert (cassette.read_text(), snapshot.read_text()) == ("new cassette\n", "new snapshot\n")
    assert sorted(p.name for p in cassette.parent.iterdir()) == ["chat.yaml"]  # no temporary file, no old link left


def test_a_full_disk_while_writing_the_snapshot_leaves_both_old_files_and_no_debris(case_files, tmp_path, monkeypatch):
    cassette, snapshot = case_files
    before = everything_under(tmp_path)
    real_fsync = os.fsync
    calls = []

    def fsync(fd):
        calls.append(fd)
        if len(calls) == 2:  # the second file: the snapshot, after the cassette's text is already on disk
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        real_fsync(fd)

    monkeypatch.setattr(os, "fsync", fsync)
    with pytest.raises(OSError, match="No space left"):
        write_together({cassette: "new cassette\n", snapshot: "new snapshot\n"})
    assert everything_under(tmp_path) == before


def test_a_rename_that_fails_after_another_succeeded_puts_the_first_file_back(case_files, tmp_path, monkeypatch):
    cassette, snapshot = case_files
    before = everything_under(tmp_path)
    write_with_the_snapshot_rename_failing(cassette, snapshot, monkeypatch)
    assert everything_under(tmp_path) == before


def test_a_failed_first_recording_leaves_no_file_and_no_new_folder(tmp_path, monkeypatch):
    cassette = tmp_path / "cassettes" / "new-pair" / "mars" / "raw" / "chat.yaml"
    snapshot = tmp_path / "snapshots" / "new-pair" / "mars" / "raw" / "chat.yml"
    (tmp_path / "snapshots").mkdir()
    real_replace = os.replace

    def replace(source, target):
        if str(target) == str(snapshot):
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        real_replace(source, target)

    monkeypatch.setattr(os, "replace", replace)
    with pytest.raises(OSError):
        write_together({cassette: "new cassette\n", snapshot: "new snapshot\n"})
    assert sorted(p.relative_to(tmp_path).as_posix() for p in tmp_path.rglob("*")) == ["snapshots"]


def test_a_symlink_in_place_of_a_file_is_replaced_not_written_through(tmp_path):
    elsewhere = tmp_path / "elsewhere.txt"
    elsewhere.write_text("not a recording\n")
    link = tmp_path / "chat.yaml"
    link.symlink_to(elsewhere)
    write_together({link: "recorded\n"})
    assert elsewhere.read_text() == "not a recording\n"
    assert not link.is_symlink() and link.read_text() == "recorded\n"


def test_a_file_system_without_hard_links_still_writes(case_files, monkeypatch):
    cassette, snapshot = case_files

    def no_links(*args, **options):
        raise OSError(errno.EPERM, "links not supported")

    monkeypatch.setattr(os, "link", no_links)
    write_together({cassette: "new cassette\n", snapshot: "new snapshot\n"})
    assert (cassette.read_text(), snapshot.read_text()) == ("new cassette\n", "new snapshot\n")


def test_a_third_rename_that_fails_puts_back_both_files_before_it_and_removes_a_new_one(case_files, tmp_path, monkeypatch):
    cassette, snapshot = case_files
    new = tmp_path / "snapshots" / "local" / "new-query" / "raw" / "chat.yml"  # its folders do not exist yet
    before = everything_under(tmp_path)
    folders_before = sorted(p for p in tmp_path.rglob("*") if p.is_dir())
    real_replace = os.replace
    renamed = []

    def replace(source, target):
        if str(source).endswith(".tmp"):  # a new file's rename (putting an old file back is not one)
            if len(renamed) == 2:
                raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC), str(target))
            renamed.append(str(target))
        real_replace(source, target)

    monkeypatch.setattr(os, "replace", replace)
    with pytest.raises(OSError, match="No space left"):
        write_together({new: "a new snapshot\n", cassette: "new cassette\n", snapshot: "new snapshot\n"})
    monkeypatch.setattr(os, "replace", real_replace)
    assert renamed == [str(new), str(cassette)]  # in the order given: the snapshot's rename failed
    assert everything_under(tmp_path) == before  # byte for byte, no temporary file, no link to an old file
    assert sorted(p for p in tmp_path.rglob("*") if p.is_dir()) == folders_before


def test_a_failure_while_writing_a_temporary_file_removes_the_temporaries_already_written(case_files, tmp_path, monkeypatch):
    cassette, snapshot = case_files
    before = everything_under(tmp_path)
    real_chmod = os.chmod
    calls = []

    def chmod(path, mode):
        calls.append(path)
        if len(calls) == 2:
            raise PermissionError(errno.EACCES, os.strerror(errno.EACCES))
        real_chmod(path, mode)

    monkeypatch.setattr(os, "chmod", chmod)
    with pytest.raises(PermissionError) as raised:
        write_together({cassette: "new cassette\n", snapshot: "new snapshot\n"})
    assert raised.value.filename == str(snapshot)  # the error names the file that could not be written
    assert everything_under(tmp_path) == before


def test_an_interrupted_replace_leaves_no_link_to_an_old_file(case_files, monkeypatch):
    cassette, snapshot = case_files
    real_replace = os.replace

    def interrupted(source, target):
        if str(target) == str(snapshot):
            raise KeyboardInterrupt
        real_replace(source, target)

    monkeypatch.setattr(os, "replace", interrupted)
    with pytest.raises(KeyboardInterrupt):
        write_together({cassette: "new cassette\n", snapshot: "new snapshot\n"})
    monkeypatch.setattr(os, "replace", real_replace)
    assert (cassette.read_text(), snapshot.read_text()) == ("old cassette\n", "old snapshot\n")
    assert sorted(p.name for p in cassette.parent.iterdir()) == ["chat.yaml"]
    assert sorted(p.name for p in snapshot.parent.iterdir()) == ["chat.yml"]


def test_a_file_already_holding_its_text_is_not_replaced_while_the_other_is(case_files, monkeypatch):
    cassette, snapshot = case_files
    real_replace = os.replace
    renamed = []

    def replace(source, target):
        renamed.append(str(target))
        real_replace(source, target)

    monkeypatch.setattr(os, "replace", replace)
    write_together({cassette: "old cassette\n", snapshot: "new snapshot\n"})
    assert renamed == [str(snapshot)]
    assert snapshot.read_text() == "new snapshot\n"


def test_a_file_replacing_a_symlink_gets_a_new_file_s_mode_not_the_target_s(tmp_path):
    elsewhere = tmp_path / "elsewhere.txt"
    elsewhere.write_text("not a recording\n")
    elsewhere.chmod(0o600)
    link = tmp_path / "chat.yaml"
    link.symlink_to(elsewhere)
    old = os.umask(0o022)
    try:
        write_together({link: "recorded\n"})
    finally:
        os.umask(old)
    assert link.stat().st_mode & 0o777 == 0o644 and elsewhere.stat().st_mode & 0o777 == 0o600


# Where a write may land.


@pytest.fixture
def project(tmp_path):
    root = tmp_path / "project"
    (root / "snapshots" / "local").mkdir(parents=True)
    (tmp_path / "outside").mkdir()
    return root


def test_a_file_inside_its_folder_may_be_written(project):
    check_inside(project / "snapshots" / "local" / "mars" / "raw" / "chat.yml", project / "snapshots", project)


def test_a_symlinked_subfolder_leading_outside_is_refused(project):
    (project / "snapshots" / "local" / "mars").symlink_to(project.parent / "outside")
    target = project / "snapshots" / "local" / "mars" / "raw" / "chat.yml"
    with pytest.raises(OutsideFolderError, match=f"refusing to write {target}: a symlink on the way leads to"):
        check_inside(target, project / "snapshots", project)


def test_a_symlinked_file_leading_outside_is_refused_even_when_its_target_does_not_exist_yet(project):
    target = project / "snapshots" / "local" / "chat.yml"
    target.symlink_to(project.parent / "outside" / "new-file")
    with pytest.raises(OutsideFolderError, match="outside"):
        check_inside(target, project / "snapshots", project)


def test_a_symlink_leading_to_another_file_of_the_project_outside_the_folder_is_refused(project):
    (project / "catalogue.yaml").write_text("queries: []\n")
    target = project / "snapshots" / "local" / "chat.yml"
    target.symlink_to(project / "catalogue.yaml")
    with pytest.raises(OutsideFolderError):
        check_inside(target, project / "snapshots", project)


def test_a_project_folder_that_is_a_symlink_leading_outside_the_project_is_refused(project):
    (project / "cassettes").symlink_to(project.parent / "outside")
    with pytest.raises(OutsideFolderError, match="it is a symlink to .*outside the project"):
        check_inside(project / "cassettes" / "local" / "mars" / "raw" / "chat.yaml", project / "cassettes", project)


def test_a_folder_that_the_settings_put_outside_the_project_is_its_own_boundary(project):
    recordings = project.parent / "outside" / "recordings"
    check_inside(recordings / "local" / "mars" / "raw" / "chat.yaml", recordings, project)
    with pytest.raises(OutsideFolderError):
        check_inside(recordings / ".." / "elsewhere.yaml", recordings, project)



def test_a_symlink_replaced_before_a_rename_failed_is_put_back_as_the_symlink(case_files, tmp_path, monkeypatch):
    cassette, snapshot = case_files
    target = cassette.parent / "kept.yaml"
    cassette.rename(target)
    cassette.symlink_to(target.name)  # a link inside the folder, where the cassette goes
    write_with_the_snapshot_rename_failing(cassette, snapshot, monkeypatch)
    assert cassette.is_symlink() and os.readlink(cassette) == "kept.yaml"
    assert target.read_text() == "old cassette\n" and snapshot.read_text() == "old snapshot\n"
