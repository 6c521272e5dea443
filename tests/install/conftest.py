import pytest
from installed_venv import make_installed_venv


@pytest.fixture(scope="session")
def installed_python(tmp_path_factory):
    """One venv with the package installed, for every test of another project (built once: a few
    seconds each time). Each test runs in a folder of its own, and none changes the venv."""
    return make_installed_venv(tmp_path_factory.mktemp("installed"))
