from spt_field.cli import main

raise SystemExit(main())
