import { mb, mib } from "../units";
import { catalogEstimate, debianSum, estimate, estimateIn, web } from "../sources";
import type { PipPackageFigure } from "./productTypes";

const SECTION = estimateIn("§3 pip");
const AVILPAGE = web("https://avilpage.com/2020/02/reduce-python-package-footprint.html", "2020");

/** `pip install` figures; wheels are larger than Debian's packages, which ship without .pyc files. */
export const PIP_PACKAGES: readonly PipPackageFigure[] = [
  {
    requirement: "flask",
    imports: ["flask", "werkzeug", "jinja2", "markupsafe", "itsdangerous", "click", "blinker"],
    scripts: ["flask"],
    installed: estimate(mb(5.5), SECTION, "Flask and its dependencies.", [mb(5), mb(6)]),
    wheels: estimate(mb(1.5), SECTION, "Downloaded wheels in the pip cache.", [mb(1), mb(2)]),
    nativeExtensions: false,
    debianPackage: estimate(mib(3.1), debianSum("python3-flask and dependencies"), "Without .pyc files."),
  },
  {
    requirement: "django",
    imports: ["django", "asgiref", "sqlparse"],
    scripts: ["django-admin"],
    installed: estimate(mb(38), SECTION, "Django and its dependencies.", [mb(30), mb(45)]),
    wheels: estimate(mb(9), SECTION, "Downloaded wheels in the pip cache.", [mb(8), mb(10)]),
    nativeExtensions: false,
    debianPackage: estimate(mib(23.9), debianSum("python3-django"), "Without .pyc files."),
  },
  {
    requirement: "numpy",
    imports: ["numpy"],
    scripts: ["f2py", "numpy-config"],
    installed: estimate(
      mb(85),
      AVILPAGE,
      "The manylinux wheel bundles OpenBLAS (85 MB; a source build was 23 MB).",
      [mb(60), mb(85)],
    ),
    wheels: null,
    nativeExtensions: true,
    debianPackage: estimate(mib(37), debianSum("python3-numpy"), "Debian links the system BLAS instead."),
  },
  {
    requirement: "pandas",
    imports: ["pandas", "numpy", "dateutil", "pytz", "tzdata", "six"],
    scripts: ["f2py", "numpy-config"],
    installed: estimate(mb(140), SECTION, "pandas with numpy, as wheels: about twice Debian's 74.5 MiB.", [
      mb(130),
      mb(150),
    ]),
    wheels: estimate(mb(32.5), SECTION, "numpy + pandas wheels in the pip cache.", [mb(30), mb(35)]),
    nativeExtensions: true,
    debianPackage: estimate(mib(74.5), debianSum("python3-pandas + python3-numpy"), "Without .pyc files."),
  },
  {
    requirement: "gunicorn",
    imports: ["gunicorn", "packaging"],
    scripts: ["gunicorn"],
    installed: estimate(
      mb(0.6),
      catalogEstimate("gunicorn and packaging wheels, pure Python"),
      "Learners copy site-packages and lose the gunicorn script in bin/ (learner-questions.md A3).",
    ),
    wheels: estimate(mb(0.15), catalogEstimate("gunicorn and packaging wheels"), "Two small wheels."),
    nativeExtensions: false,
  },
];
