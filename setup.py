"""Which files the wheel carries besides the code (everything else is in pyproject.toml).

The seasons, fonts, art and schema stay where people edit them, at the top of the repository;
the wheel carries copies inside the package, under `game/_data/`, where `game/assets.py` looks
for them in an installed game. See the comment in pyproject.toml for why this way.
"""

from setuptools import find_packages, setup

# package in the wheel → (folder in the checkout, the files in it to carry)
SHIPPED = {
    "game._data.stories": ("stories", ["**/*"]),  # seasons, campaign, images, and what comes
    "game._data.fonts": ("assets/fonts", ["*.ttf", "*OFL.txt"]),
    "game._data.art": ("assets/art", ["*.png"]),
    "game._data.sound": ("assets/sound", ["*.ogg"]),
    "game._data.schema": ("docs", ["season.schema.json"]),
}

setup(
    # Only the files named here: nothing else from the sdist's file list slips in.
    include_package_data=False,
    packages=[*find_packages(include=["game", "game.*"]), *SHIPPED],
    package_dir={package: where for package, (where, _) in SHIPPED.items()},
    package_data={"game.analysis": ["templates/*.yaml"],
                  "game": ["locale/*.pot", "locale/*/LC_MESSAGES/*.po"],  # the UI catalogue
                  **{package: files for package, (_, files) in SHIPPED.items()}},
)
