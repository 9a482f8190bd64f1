window.YTD.tweets.part1 = [
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1478697787192954880"
          ],
          "editableUntil" : "2022-01-05T10:00:00.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Qaz News",
            "screen_name" : "qaz_news",
            "indices" : [
              "0",
              "9"
            ],
            "id_str" : "222",
            "id" : "222"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "23"
      ],
      "favorite_count" : "3",
      "id_str" : "1478697787192954880",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1478697787192954880",
      "created_at" : "Wed Jan 05 12:00:00 +0000 2022",
      "favorited" : false,
      "full_text" : "@qaz_news это у акимата",
      "lang" : "ru",
      "in_reply_to_status_id_str" : "1478682687698554880",
      "in_reply_to_status_id" : "1478682687698554880",
      "in_reply_to_user_id" : "222",
      "in_reply_to_user_id_str" : "222",
      "in_reply_to_screen_name" : "qaz_news",
      "coordinates" : {
        "type" : "Point",
        "coordinates" : [
          "76.9455",
          "43.2389"
        ]
      },
      "geo" : {
        "type" : "Point",
        "coordinates" : [
          "43.2389",
          "76.9455"
        ]
      }
    }
  }
]