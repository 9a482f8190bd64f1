window.YTD.account.part0 = [
  {
    "account": {
      "email": "(removed from this example)",
      "createdVia": "android",
      "username": "qantar_eyewitness",
      "accountId": "1479003412285792256",
      "createdAt": "2022-01-05T19:58:41.000Z",
      "accountDisplayName": "Qantar eyewitness"
    }
  }
]
