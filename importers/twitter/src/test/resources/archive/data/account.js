window.YTD.account.part0 = [
  {
    "account" : {
      "email" : "witness@example.org",
      "createdVia" : "web",
      "username" : "Almaty_Witness",
      "accountId" : "111",
      "createdAt" : "2015-03-01T10:00:00.000Z",
      "accountDisplayName" : "Almaty Witness"
    }
  }
]