
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'kfp.close': `閉じる`,
'kfp.confirm': `決定`,
'kfp.counter.label': str`${1}人中${0}人を選択中`,
'kfp.empty': `選択できる友だちがいません。`,
'kfp.error.generic': `友だちリストを読み込めませんでした。しばらくしてからもう一度お試しください。`,
'kfp.error.network': `接続できませんでした。ネットワーク接続を確認して、もう一度お試しください。`,
'kfp.friend.unnamed': `（名前なし）`,
'kfp.heading.default': `友だちを選択`,
'kfp.index.label': `索引`,
'kfp.kakao-error.consent-required': `カカオトークの友だちリストを表示するには同意が必要です。`,
'kfp.kakao-error.maintenance': `カカオはただいまメンテナンス中です。しばらくしてからもう一度お試しください。`,
'kfp.kakao-error.not-talk-user': `このアカウントはカカオトークを利用していません。`,
'kfp.kakao-error.permission-denied': `このアプリには友だちリストを読み込む権限がありません。`,
'kfp.kakao-error.quota-exceeded': `リクエストが集中しています。しばらくしてからもう一度お試しください。`,
'kfp.kakao-error.unauthorized': `カカオのログインの有効期限が切れました。もう一度ログインしてください。`,
'kfp.loading': `友だちを読み込み中…`,
'kfp.max.reached.one': str`友だちは一度に${0}人まで選択できます。`,
'kfp.max.reached.other': str`友だちは一度に${0}人まで選択できます。`,
'kfp.min.hint.one': str`友だちを${0}人以上選択してください。`,
'kfp.min.hint.other': str`友だちを${0}人以上選択してください。`,
'kfp.picked.empty': `選択した友だちがここに表示されます。`,
'kfp.picked.label': `選択した友だち`,
'kfp.picked.remove': str`${0}の選択を解除`,
'kfp.profile.me': `自分`,
'kfp.retry': `再試行`,
'kfp.search.clear': `検索語をクリア`,
'kfp.search.no-results': `検索結果がありません。`,
'kfp.search.placeholder': `名前・ニックネームで検索`,
'kfp.search.results.one': str`検索結果 ${0}件`,
'kfp.search.results.other': str`検索結果 ${0}件`,
'kfp.section.favorites': `お気に入り`,
'kfp.section.friends': `友だち`,
'kfp.section.profile': `マイプロフィール`,
'kfp.section.recent': `最近`,
'kfp.section.results': str`検索結果（${0}）`,
'kfp.validity.range-overflow.one': str`友だちは${0}人まで選択できます。`,
'kfp.validity.range-overflow.other': str`友だちは${0}人まで選択できます。`,
'kfp.validity.range-underflow.one': str`友だちを${0}人以上選択してください。`,
'kfp.validity.range-underflow.other': str`友だちを${0}人以上選択してください。`,
'kfp.validity.value-missing': `友だちを1人以上選択してください。`,
    };
  