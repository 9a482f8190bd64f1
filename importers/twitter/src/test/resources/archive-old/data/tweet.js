window.YTD.tweet.part0 = [
  {
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
    "entities" : {
      "hashtags" : [],
      "symbols" : [],
      "user_mentions" : [],
      "urls" : [],
      "media" : [
        {
          "expanded_url" : "https://twitter.com/Almaty_Witness/status/1478488910853754880/photo/1",
          "indices" : [
            "60",
            "83"
          ],
          "url" : "https://t.co/xyz",
          "media_url" : "http://pbs.twimg.com/media/FIOldOne.jpg",
          "id_str" : "1478488900000000001",
          "id" : "1478488900000000001",
          "media_url_https" : "https://pbs.twimg.com/media/FIOldOne.jpg",
          "sizes" : {
            "large" : {
              "w" : "1280",
              "h" : "960",
              "resize" : "fit"
            },
            "thumb" : {
              "w" : "150",
              "h" : "150",
              "resize" : "crop"
            }
          },
          "type" : "photo",
          "display_url" : "pic.twitter.com/xyz"
        }
      ]
    },
    "display_text_range" : [
      "0",
      "44"
    ],
    "favorite_count" : "3",
    "id_str" : "1478488910853754880",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "1478488910853754880",
    "created_at" : "Tue Jan 04 22:10:00 +0000 2022",
    "favorited" : false,
    "full_text" : "Ночь, стрельба &amp; взрывы https://t.co/xyz",
    "lang" : "ru",
    "extended_entities" : {
      "media" : [
        {
          "expanded_url" : "https://twitter.com/Almaty_Witness/status/1478488910853754880/photo/1",
          "indices" : [
            "60",
            "83"
          ],
          "url" : "https://t.co/xyz",
          "media_url" : "http://pbs.twimg.com/media/FIOldOne.jpg",
          "id_str" : "1478488900000000001",
          "id" : "1478488900000000001",
          "media_url_https" : "https://pbs.twimg.com/media/FIOldOne.jpg",
          "sizes" : {
            "large" : {
              "w" : "1280",
              "h" : "960",
              "resize" : "fit"
            },
            "thumb" : {
              "w" : "150",
              "h" : "150",
              "resize" : "crop"
            }
          },
          "type" : "photo",
          "display_url" : "pic.twitter.com/xyz"
        }
      ]
    },
    "possibly_sensitive" : false
  }
]