BriefingCommand.main()
