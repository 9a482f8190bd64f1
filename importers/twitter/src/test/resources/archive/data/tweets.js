window.YTD.tweets.part0 = [
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1478653294016122880"
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
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/ext",
            "expanded_url" : "https://example.org/almaty/live",
            "display_url" : "example.org/almaty/live",
            "indices" : [
              "36",
              "59"
            ]
          }
        ],
        "media" : [
          {
            "expanded_url" : "https://twitter.com/Almaty_Witness/status/1478653294016122880/photo/1",
            "indices" : [
              "60",
              "83"
            ],
            "url" : "https://t.co/xyz",
            "media_url" : "http://pbs.twimg.com/media/FIQ1xyzVkAAbCdE.jpg",
            "id_str" : "1478653200000000001",
            "id" : "1478653200000000001",
            "media_url_https" : "https://pbs.twimg.com/media/FIQ1xyzVkAAbCdE.jpg",
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
        "83"
      ],
      "favorite_count" : "3",
      "id_str" : "1478653294016122880",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1478653294016122880",
      "created_at" : "Wed Jan 05 09:03:12 +0000 2022",
      "favorited" : false,
      "full_text" : "Сейчас на площади &gt; 1000 человек &amp; полиция https://t.co/ext https://t.co/xyz",
      "lang" : "ru",
      "extended_entities" : {
        "media" : [
          {
            "expanded_url" : "https://twitter.com/Almaty_Witness/status/1478653294016122880/photo/1",
            "indices" : [
              "60",
              "83"
            ],
            "url" : "https://t.co/xyz",
            "media_url" : "http://pbs.twimg.com/media/FIQ1xyzVkAAbCdE.jpg",
            "id_str" : "1478653200000000001",
            "id" : "1478653200000000001",
            "media_url_https" : "https://pbs.twimg.com/media/FIQ1xyzVkAAbCdE.jpg",
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
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1478657563817594880"
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
            "name" : "Orda.kz",
            "screen_name" : "orda_kz",
            "indices" : [
              "3",
              "11"
            ],
            "id_str" : "333",
            "id" : "333"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "68"
      ],
      "favorite_count" : "3",
      "id_str" : "1478657563817594880",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1478657563817594880",
      "created_at" : "Wed Jan 05 09:20:10 +0000 2022",
      "favorited" : false,
      "full_text" : "RT @orda_kz: Колонна военной техники на Абая, видео https://t.co/vid",
      "lang" : "ru"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1478660290115194880"
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
        "user_mentions" : [],
        "urls" : [],
        "media" : [
          {
            "expanded_url" : "https://twitter.com/Almaty_Witness/status/1478660290115194880/video/1",
            "indices" : [
              "20",
              "43"
            ],
            "url" : "https://t.co/vvv",
            "media_url" : "http://pbs.twimg.com/ext_tw_video_thumb/1478660200000000001/pu/img/t.jpg",
            "id_str" : "1478660200000000001",
            "id" : "1478660200000000001",
            "media_url_https" : "https://pbs.twimg.com/ext_tw_video_thumb/1478660200000000001/pu/img/t.jpg",
            "sizes" : {
              "large" : {
                "w" : "1280",
                "h" : "720",
                "resize" : "fit"
              }
            },
            "type" : "video",
            "display_url" : "pic.twitter.com/vvv",
            "video_info" : {
              "aspect_ratio" : [
                "16",
                "9"
              ],
              "duration_millis" : "38000",
              "variants" : [
                {
                  "bitrate" : "256000",
                  "content_type" : "video/mp4",
                  "url" : "https://video.twimg.com/ext_tw_video/1478660200000000001/pu/vid/480x270/a_270.mp4?tag=12"
                },
                {
                  "content_type" : "application/x-mpegURL",
                  "url" : "https://video.twimg.com/ext_tw_video/1478660200000000001/pu/pl/c.m3u8?tag=12"
                },
                {
                  "bitrate" : "2176000",
                  "content_type" : "video/mp4",
                  "url" : "https://video.twimg.com/ext_tw_video/1478660200000000001/pu/vid/1280x720/b_720.mp4?tag=12"
                }
              ]
            }
          }
        ]
      },
      "display_text_range" : [
        "0",
        "36"
      ],
      "favorite_count" : "3",
      "id_str" : "1478660290115194880",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1478660290115194880",
      "created_at" : "Wed Jan 05 09:31:00 +0000 2022",
      "favorited" : false,
      "full_text" : "Видео с Абая, 15:30 https://t.co/vvv",
      "lang" : "ru",
      "extended_entities" : {
        "media" : [
          {
            "expanded_url" : "https://twitter.com/Almaty_Witness/status/1478660290115194880/video/1",
            "indices" : [
              "20",
              "43"
            ],
            "url" : "https://t.co/vvv",
            "media_url" : "http://pbs.twimg.com/ext_tw_video_thumb/1478660200000000001/pu/img/t.jpg",
            "id_str" : "1478660200000000001",
            "id" : "1478660200000000001",
            "media_url_https" : "https://pbs.twimg.com/ext_tw_video_thumb/1478660200000000001/pu/img/t.jpg",
            "sizes" : {
              "large" : {
                "w" : "1280",
                "h" : "720",
                "resize" : "fit"
              }
            },
            "type" : "video",
            "display_url" : "pic.twitter.com/vvv",
            "video_info" : {
              "aspect_ratio" : [
                "16",
                "9"
              ],
              "duration_millis" : "38000",
              "variants" : [
                {
                  "bitrate" : "256000",
                  "content_type" : "video/mp4",
                  "url" : "https://video.twimg.com/ext_tw_video/1478660200000000001/pu/vid/480x270/a_270.mp4?tag=12"
                },
                {
                  "content_type" : "application/x-mpegURL",
                  "url" : "https://video.twimg.com/ext_tw_video/1478660200000000001/pu/pl/c.m3u8?tag=12"
                },
                {
                  "bitrate" : "2176000",
                  "content_type" : "video/mp4",
                  "url" : "https://video.twimg.com/ext_tw_video/1478660200000000001/pu/vid/1280x720/b_720.mp4?tag=12"
                }
              ]
            }
          }
        ]
      },
      "possibly_sensitive" : false
    }
  }
]